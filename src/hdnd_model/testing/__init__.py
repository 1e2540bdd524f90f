"""Hypothesis strategies for the hdnd_model classes, for use in property tests."""
