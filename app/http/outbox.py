"""The request's outbox of one-time codes: messages in the caller's language (Indonesian
unless asked otherwise), sent by the senders the app was configured with. A route sends
them after its service has committed."""

from typing import Annotated

from fastapi import Depends, Request

from app.services.identity.codes import Outbox, message_language


def outbox(request: Request) -> Outbox:
    return Outbox(
        request.app.state.settings,
        request.app.state.senders,
        message_language(request.headers.get("accept-language")),
    )


OutboxDep = Annotated[Outbox, Depends(outbox)]
