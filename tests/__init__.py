"""vanban test suite."""
