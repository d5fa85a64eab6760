"""Where one article's run leaves its files: every sub-path of reports/<id>/ is built here.

reports/<id>/run.json                      the article's last run (read by the index)
reports/<id>/.fingerprints.json            steps done, for incremental reruns (`fingerprint.Store`)
reports/<id>/<notebook>.html               the report of a notebook that ran
reports/<id>/<notebook>.failed.html        the report of a notebook that failed
reports/<id>/executed/<notebook>.ipynb     the executed notebook
reports/<id>/executed/<notebook>.failed.ipynb
reports/<id>/executed/.<notebook>.part.ipynb   written while the notebook runs
reports/figures/<id>_*                     figures, unless `figures_dir` says otherwise"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from helpers import paths


def default_figures_dir(reports_base: Path) -> Path:
    """Figures of every article go to one folder beside the article folders."""
    return reports_base / "figures"


@dataclass(frozen=True)
class Layout:
    """The report paths of one article."""

    root: Path

    @classmethod
    def of(cls, article_id: str, reports_base: Path) -> Layout:
        return cls(paths.report_dir(article_id, reports_base))

    @property
    def executed_dir(self) -> Path:
        return self.root / "executed"

    @property
    def run_json(self) -> Path:
        return self.root / "run.json"

    @property
    def fingerprints(self) -> Path:
        return self.root / ".fingerprints.json"

    def html(self, notebook: str) -> Path:
        return self.root / f"{notebook}.html"

    def failed_html(self, notebook: str) -> Path:
        return self.root / f"{notebook}.failed.html"

    def executed(self, notebook: str) -> Path:
        return self.executed_dir / f"{notebook}.ipynb"

    def failed(self, notebook: str) -> Path:
        return self.executed_dir / f"{notebook}.failed.ipynb"

    def part(self, notebook: str) -> Path:
        return self.executed_dir / f".{notebook}.part.ipynb"

    def relative(self, path: Path) -> str:
        """How run.json and the index name a file: relative to the article's folder."""
        return path.relative_to(self.root).as_posix()

    def prepare(self) -> None:
        """Create the folders and drop what a killed run left half-written."""
        self.executed_dir.mkdir(parents=True, exist_ok=True)
        for stale in self.executed_dir.glob(".*.part.ipynb"):
            stale.unlink(missing_ok=True)
