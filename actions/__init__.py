"""Rasa SDK adapter: thin actions that read the tracker, call the `peer_reflect` core and reply."""
from peer_reflect.logprivacy import install as _install_log_privacy
from peer_reflect.warmup import warm_up as _warm_up

# rasa-sdk logs the whole tracker when a request fails; keep conversation text out of every log line.
_install_log_privacy()
# The action server imports this package at start-up: load spaCy, the codebook and the screen now.
_warm_up()
# Reflections queued while the database was down are retried from start-up, not only at the next save.
from actions.services import resume_queued_saves as _resume_queued_saves  # noqa: E402

_resume_queued_saves()
