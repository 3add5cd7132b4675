"""The officers' dashboard: the programme's figures as charts with their tables.

- `figures`: every panel's numbers, taken from the same service functions as the /stats
  endpoints (so a chart and the API never disagree) and from counts of the records.
- `session`: the dashboard's cookie session (a short-lived signed access token) and the
  CSRF tokens of its forms.
"""
