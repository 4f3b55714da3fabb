"""Operating Peer Reflect in production: configuration guard, readiness checks, a multi-server launcher,
fault injection for tests and the load driver. No Rasa imports (the Rasa processes are started as programs).
"""
