"""Corpus mode: many articles through ingest → tokenize → extract on Dask, as Parquet datasets.

`build` runs it (`python -m helpers corpus`), `datasets` defines the datasets and reads them back,
`output` keeps the previous corpus until a run completes, and `tables` makes the summary tables
notebook 06 draws."""
