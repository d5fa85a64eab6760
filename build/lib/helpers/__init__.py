"""Persian news notebooks: ingest, tokenize, extract, plot and report scraped Persian articles."""

__version__ = "0.1.0"
