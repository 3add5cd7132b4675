"""Request examples of the main write models, added to their OpenAPI schemas.

Kept here rather than on the models so that the examples read as one integrator's journey;
`tests/test_contract.py` validates each against its model.
"""

from typing import Any

_VACANCY: dict[str, Any] = {
    "external_id": "JO-2026-001",
    "country": "KR",
    "scheme": "kr_e7",
    "sector": "welding",
    "occupation": "Welder",
    "isco_code": "7212",
    "title": "Shipyard welder, Geoje",
    "openings": 10,
    "salary_min": 2_500_000,
    "salary_max": 3_000_000,
    "currency": "KRW",
    "min_age": 20,
    "max_age": 39,
    "language": "ko",
    "min_language_score": 100,
    "required_certificates": [{"type": "korean_skills_test", "field": "welding"}],
    "cost_items": [
        {"item": "bpjs", "amount": 370_000, "payer": "worker"},
        {"item": "visa", "amount": 1_500_000, "payer": "employer"},
    ],
    "deadline": "2027-06-30",
}

SCHEMA_EXAMPLES: dict[str, dict[str, Any]] = {
    "ApplicantCreate": {
        "nik": "3673011705000001",
        "full_name": "Ahmad Fauzi",
        "birth_date": "2000-05-17",
        "sex": "M",
        "phone": "0812-3456-7890",
        "email": "ahmad@example.com",
        "kelurahan_code": "3673011002",
        "education_level": "smk",
        "marital_status": "single",
        "skills": ["welding"],
        "experience": [{"occupation": "Welder", "isco_code": "7212", "years": 2}],
        "preferred_countries": ["KR"],
        "preferred_sectors": ["welding"],
        "consent": {"given_at": "2026-01-10T08:00:00+07:00", "version": "2026-01"},
    },
    "CredentialCreate": {
        "type": "jlpt",
        "level": "N4",
        "issuer": "Japan Foundation",
        "issued_on": "2025-12-07",
    },
    "VacancyCreate": {"agency_id": 3, **_VACANCY},
    "VacancyBatch": {
        "items": [_VACANCY, {"external_id": "JO-2026-002", "openings": 4}],
    },
    "ApplicationCreate": {"vacancy_id": 12},
    "ApplicationTransition": {"to_stage": "withdrawn", "reason": "Took a job in Serang"},
    "ProgrammePut": {
        "subject": "Bahasa Jepang N4",
        "credential_type": "jlpt",
        "credential_level": "N4",
        "duration_weeks": 12,
        "location": "BBPVP Serang",
        "cost_amount": 0,
        "cost_payer": "government",
    },
    "CohortPut": {"starts_on": "2026-08-03", "ends_on": "2026-10-23", "seats": 30},
    "EnrolmentCreate": {},
}


def add_examples(spec: dict[str, Any]) -> None:
    schemas = spec.get("components", {}).get("schemas", {})
    for name, example in SCHEMA_EXAMPLES.items():
        if name in schemas:
            schemas[name]["examples"] = [example]
