"""Peer Reflect core: everything that does not need Rasa.

Anonymiser, pseudonymiser, risk screen, theme coder, storage and review live here so that they can be
tested, benchmarked and used from the command line without loading a dialogue engine.
"""
import os

# spaCy's thinc imports TensorFlow when it is installed (Rasa needs it); keep its start-up chatter quiet.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

__version__ = "0.1.0"
