"""Logs as JSON lines (structlog), each with the request id of the request it belongs to.

Our own code and the libraries log through the standard `logging` module; structlog's
ProcessorFormatter renders every record, ours and theirs, the same way. Log lines carry ids
(request, caller, records), never personal data: names, NIKs, phone numbers and e-mail
addresses stay out of messages.
"""

import logging
import sys
from typing import IO, Any

import structlog
from asgi_correlation_id import correlation_id
from structlog.types import EventDict, Processor


def _request_id(_logger: Any, _method: str, event: EventDict) -> EventDict:
    request_id = correlation_id.get()
    if request_id is not None:
        event.setdefault("request_id", request_id)
    return event


def configure_logging(level: str, output: str, stream: IO[str] | None = None) -> None:
    """`output` is "json" (one object per line, for a log collector) or "console" (for a
    person at a terminal). Safe to call again: the root handler is replaced, not added."""
    shared: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.stdlib.ExtraAdder(),
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _request_id,
    ]
    renderer: Processor = (
        structlog.processors.JSONRenderer()
        if output == "json"
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            renderer,
        ],
    )
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter)
    handler.set_name("app")
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if h.get_name() != "app"] + [handler]
    root.setLevel(level)
    # uvicorn's own access log would repeat our request line without the request id.
    logging.getLogger("uvicorn.access").disabled = True
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
