"""Licensing API client for installed software (clients/python/README.md)."""
