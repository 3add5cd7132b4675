"""Matching: who may take which job order (eligibility), and later scoring, ranking and
allocation, which reuse the pure evaluation in `evaluate` over facts loaded in bulk.

- `rules`: each scheme's hard rules as data, with sources, and a job order's own rules.
- `reasons`: the reason codes a rule reports, with English and Indonesian messages.
- `facts`: the small frozen records evaluation works on, built from already loaded rows.
- `evaluate`: the pure rule evaluation (no queries), for one pair or millions.
- `eligibility`: the service behind the eligibility endpoint (load, evaluate, render).
"""
