"""Running the notebooks: the papermill runner, its HTML reports, and the fingerprints that skip unchanged work."""
