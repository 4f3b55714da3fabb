"""Peer Reflect core: everything that does not need Rasa.

Anonymiser, pseudonymiser, risk screen, theme coder, storage and review live here so that they can be
tested, benchmarked and used from the command line without loading a dialogue engine.
"""

__version__ = "0.1.0"
