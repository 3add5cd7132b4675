"""The stages of an application: legal moves and the groups of stages the rules refer to."""

from app.models.application import ApplicationStage

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
# From selection on, the agency is entitled to the candidate's name and contact details.
REVEALED_STAGES = frozenset({S.selected, S.documents, S.departed, S.working, S.returned})
CLOSING_STAGES = frozenset({S.withdrawn, S.rejected})
