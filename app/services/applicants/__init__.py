"""Job seekers: their records, NIK and phone rules, credentials, and masking of personal data."""
