"""Media Analysis Workbook: tidy tables of articles, quotes, sources, terms and framing from English news text."""

__version__ = "0.1.0"
