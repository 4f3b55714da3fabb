def pytest_configure(config):
    config.addinivalue_line("markers", "fuzz: hostile input through the real Rasa and action servers")
