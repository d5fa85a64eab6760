"""Text steps: read and decode input (sources), split a page (ingest), normalize and tokenize with hazm
(tokenize, zwnj, align), and the gazetteer they and extraction read."""
