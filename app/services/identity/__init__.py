"""Who is calling: accounts and sign-up, token grants, partner clients, rate limits."""
