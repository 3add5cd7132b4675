"""Demo data for an empty database (`python -m app.cli seed`): the programme's partners,
MoUs and targets as reported, synthetic job orders and people, and the demo logins."""
