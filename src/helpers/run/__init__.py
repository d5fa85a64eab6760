"""Running the notebooks: the papermill runner (`runner` maps its modules), its HTML reports, and the
fingerprints that skip unchanged work."""

# papermill loads every `papermill.engine` entry point the first time papermill.engines is imported, and
# ours is helpers.run.engine: imported first from that module, papermill would load it half-built
# (AttributeError for SharedKernelEngine, on every installed copy; an editable install made before the
# entry point was declared hides it). Importing papermill's engines here, before any module of this
# package, lets the entry point import helpers.run.engine whole.
import papermill.engines  # noqa: F401
