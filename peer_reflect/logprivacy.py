"""Keep conversation text out of every log line, whoever logs it.

Rasa and rasa-sdk log whole trackers in some error paths (an action server answering 500, a failed
request) and message text at DEBUG. Installing this record factory in a process withholds any log message,
or exception message, that carries conversation data, whatever logger or handler is involved.
"""
from __future__ import annotations

import logging
import re

_CONVERSATION_DATA = re.compile(
    r"""["']?(?:text|request_body|tracker|latest_message|parse_data|slots|events)["']?\s*[:=]\s*[\[{"']|"""
    r"Received user message|user_uttered|UserUttered\(|with intent|Predicted next action",
)
WITHHELD = "details withheld: they contained conversation data"
_installed = False


def carries_conversation(text: str) -> bool:
    return bool(_CONVERSATION_DATA.search(text))


def _scrub(record: logging.LogRecord) -> logging.LogRecord:
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: say nothing rather than guess
        message = ""
        record.msg, record.args = f"log message from {record.name} withheld (unformattable)", ()
    if carries_conversation(message):
        record.msg, record.args = f"{record.name}: {WITHHELD}", ()
    if record.exc_info and record.exc_info[1] is not None and carries_conversation(str(record.exc_info[1])):
        kind = type(record.exc_info[1]).__name__
        record.msg, record.args = f"{record.getMessage()} [{kind}; {WITHHELD}]", ()
        record.exc_info, record.exc_text = None, None
    return record


def install() -> None:
    """Idempotent: wrap the process's log record factory once."""
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args, **kwargs) -> logging.LogRecord:
        return _scrub(previous(*args, **kwargs))

    logging.setLogRecordFactory(factory)
    _installed = True
