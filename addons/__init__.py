"""Custom Rasa NLU components (registered with Rasa's DefaultV1Recipe; listed in config.yml)."""
