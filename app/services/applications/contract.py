"""Changes to an application's own facts (not its stage): the contract's start date."""

from sqlmodel import Session, select

from app.core.db import for_update
from app.core.principal import Principal
from app.models.application import Application, ApplicationUpdate
from app.services import audit
from app.services import changes as change_log
from app.services.applications.service import get_application
from app.services.common import apply_changes, commit_or_conflict


def update_application(
    session: Session, application_id: int, payload: ApplicationUpdate, actor: Principal
) -> Application:
    """Set or clear when the contract starts (officers, the owning agency)."""
    get_application(session, application_id, actor)
    # Locked as a stage move locks it: a departure judged on the old date waits for this.
    application = session.exec(
        for_update(select(Application).where(Application.id == application_id))
    ).one()
    changes = {
        name: value
        for name, value in payload.model_dump(exclude_unset=True).items()
        if getattr(application, name) != value
    }
    if not changes:
        return application
    before = audit.snapshot(application)
    apply_changes(application, changes)
    session.add(application)
    audit.record(
        session,
        actor.label,
        "update",
        "application",
        application_id,
        before,
        audit.snapshot(application),
    )
    change_log.log_application_ids(session, [application_id])
    commit_or_conflict(session, "application_changed")
    session.refresh(application)
    return application
