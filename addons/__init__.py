"""Custom Rasa NLU components (registered with Rasa's DefaultV1Recipe; listed in config.yml).

Rasa imports this package when it loads the model, which makes it the one place where our code runs in
every Rasa server process: it installs the log filter that keeps conversation text out of the logs.
"""
from peer_reflect.logprivacy import install as _install_log_privacy

_install_log_privacy()
# A compiled validator for action-server responses: about a third of Rasa's CPU per turn otherwise.
from addons import rasa_speedups  # noqa: E402,F401
