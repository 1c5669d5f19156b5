"""aidclaims: turn money figures tied to aid in news articles into typed records."""

__version__ = "0.1.0"
