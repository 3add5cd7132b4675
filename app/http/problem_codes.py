"""Which problem `code`s each operation can answer with, by status: the table the OpenAPI
document lists (`x-problem-codes`). Kept by hand and checked against what the routes raise
(tests/problem_scan.py; `python -m tests.problem_scan --write` adds what it finds)."""

import json
from pathlib import Path

# Codes any operation answering with the status can carry.
GENERIC_CODES: dict[int, tuple[str, ...]] = {
    401: ("not_authenticated",),
    404: ("not_found",),
    412: ("precondition_failed",),
    413: ("request_too_large",),
    422: ("validation_failed",),
    428: ("precondition_required",),
    429: ("rate_limited",),
    503: ("database_unavailable",),
}

IDEMPOTENCY_CODES: dict[int, tuple[str, ...]] = {
    400: ("idempotency_key_invalid",),
    409: ("idempotency_in_progress",),
    422: ("idempotency_key_reused",),
}

# The codes each operation's own rules raise, beyond the generic ones, kept as data beside
# this module (operation -> status -> codes). A 422 carries `validation_failed` or the code of
# the first broken rule (all are in `errors[].code`). `tests/test_contract.py` checks it
# against a scan of the source (`python -m tests.problem_scan`).
TABLE = Path(__file__).with_name("problem_codes.json")
OPERATION_CODES: dict[str, dict[int, tuple[str, ...]]] = {
    operation: {int(status): tuple(codes) for status, codes in by_status.items()}
    for operation, by_status in json.loads(TABLE.read_text()).items()
}
