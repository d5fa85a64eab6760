"""Running the notebooks: the papermill runner (`runner` maps its modules), its HTML reports, and the
fingerprints that skip unchanged work."""
