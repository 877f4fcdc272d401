"""iro-extractor: evidenced figures from English councils' IRO annual reports."""

__version__ = "0.1.0"
