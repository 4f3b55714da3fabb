"""The read-only supervisor dashboard (login required) over the suppressed aggregates.

    peer-reflect dashboard [--host 127.0.0.1 --port 8050]     (peer_reflect.dashboard.cli)
    peer-reflect supervisor create NAME

See app.py (pages and the HTTP server), auth.py (accounts, sessions, throttling), svg.py (charts).
"""
