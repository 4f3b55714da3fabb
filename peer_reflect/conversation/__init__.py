"""The dialogue inside a reflection: how each message is read (turn.py, reading.yml)."""
