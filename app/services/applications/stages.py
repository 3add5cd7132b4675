"""The stages of an application: legal moves and the groups of stages the rules refer to."""

from sqlalchemy import ColumnElement, and_
from sqlmodel import col

from app.models.application import Application, ApplicationSource, ApplicationStage

S = ApplicationStage
# The legal moves; withdrawal and rejection close any stage before departure.
NEXT_STAGES: dict[ApplicationStage, tuple[ApplicationStage, ...]] = {
    S.matched: (S.shortlisted, S.rejected, S.withdrawn),
    S.shortlisted: (S.interviewed, S.rejected, S.withdrawn),
    S.interviewed: (S.selected, S.rejected, S.withdrawn),
    S.selected: (S.documents, S.rejected, S.withdrawn),
    S.documents: (S.departed, S.rejected, S.withdrawn),
    S.departed: (S.working, S.returned),  # an early return skips working
    S.working: (S.returned,),
    S.returned: (),
    S.withdrawn: (),
    S.rejected: (),
}
OPEN_STAGES = frozenset({S.matched, S.shortlisted, S.interviewed, S.selected, S.documents})
# Stages that hold one opening of the job order.
QUOTA_STAGES = frozenset({S.selected, S.documents, S.departed, S.working})
# What an agency sees of the person at each stage: `app.services.applications.disclosure`.
CLOSING_STAGES = frozenset({S.withdrawn, S.rejected})

# Those who put a person forward for a job order, as against the person applying themself.
PROPOSING_SOURCES = frozenset({ApplicationSource.matching_run, ApplicationSource.officer})


def pending_proposal() -> ColumnElement[bool]:
    """The one definition of a pending proposal, as a condition on `Application` rows.

    A person put forward for a job order (by a matching run or an officer) whom nobody has
    acted on yet: still at `matched`. Until it is shortlisted, rejected or withdrawn it holds
    its person (no run proposes them anywhere else) and one place of its job order in every
    later run (`app.services.matching.runs`). A person's own application is no proposal.
    """
    return and_(
        col(Application.stage) == S.matched,
        col(Application.source).in_(sorted(PROPOSING_SOURCES)),
    )
