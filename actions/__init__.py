"""Rasa SDK adapter: thin actions that read the tracker, call the `peer_reflect` core and reply."""
