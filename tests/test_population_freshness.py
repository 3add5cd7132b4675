"""The matching population's freshness check, run on every ranking request, never reads a
whole table (no COUNT, no scan) and still moves with every write of a person or credential."""

from datetime import date

from fastapi import FastAPI
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.models.applicant import Applicant
from app.services.matching.population import _stamp
from tests.factories import add_applicant, roster_place

TODAY = date(2026, 12, 5)


def _statements(engine: Engine, session: Session) -> tuple[object, list[str]]:
    seen: list[str] = []

    def note(_c: object, _cur: object, statement: str, *_: object) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        stamp = _stamp(session, TODAY)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return stamp, seen


def test_the_check_counts_nothing_and_moves_with_every_write(
    app: FastAPI, engine: Engine, session: Session
) -> None:
    person = add_applicant(session, 1)
    first, statements = _statements(engine, session)
    # Without live signals (SQLite, or tests' apps not started), indexed probes only.
    assert all("count(" not in s.lower() for s in statements)
    assert all("max(" in s.lower() for s in statements)

    credential = roster_place(person, TODAY)
    session.add(credential)
    session.commit()
    added, _ = _statements(engine, session)
    assert added != first

    row = session.get(Applicant, person)
    assert row is not None
    row.full_name = "Changed Name"
    session.add(row)
    session.commit()
    changed, _ = _statements(engine, session)
    assert changed != added

    session.delete(credential)
    session.commit()
    deleted, _ = _statements(engine, session)
    assert deleted != changed
    assert _statements(engine, session)[0] == deleted  # nothing written: it stands
