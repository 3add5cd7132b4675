"""The public job board: open job orders as anyone may read them (no login), in plain words.

- `words`: the labels of codes (schemes, sectors, education, costs) in both languages.
- `projection`: the public projection of a job order and the paged list of open ones.
- `needs`: what a job order asks of a person, from the same rules eligibility evaluates, the
  documents of the departure checklist, and the training with free seats that fills a gap.
- `limits`: the per-address request budget of the public routes.
"""
