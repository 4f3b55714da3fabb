from __future__ import annotations

import json
import logging

from peer_reflect.logprivacy import install

SECRET = "Precious on Oak Ward, 07700 900461"


def test_log_lines_with_conversation_data_are_withheld(caplog):
    install()
    caplog.set_level(logging.DEBUG)
    log = logging.getLogger("rasa.core.processor")
    body = json.dumps({"error": "x", "request_body": {"tracker": {"latest_message": {"text": SECRET}}}})
    log.error("Encountered an exception: %s", body)
    log.debug("Received user message '%s' with intent '{'name': 'inform'}'", SECRET)
    try:
        raise RuntimeError(f'500, body={{"text": "{SECRET}"}}')
    except RuntimeError:
        log.exception("Action failed")
    assert "Precious" not in caplog.text and "07700" not in caplog.text
    assert caplog.text.count("withheld") == 3
    assert "RuntimeError" in caplog.text


def test_ordinary_log_lines_pass_untouched(caplog):
    install()
    caplog.set_level(logging.INFO)
    logging.getLogger("rasa.server").info("Starting Rasa server on %s", "http://127.0.0.1:5005")
    assert "Starting Rasa server on http://127.0.0.1:5005" in caplog.text
