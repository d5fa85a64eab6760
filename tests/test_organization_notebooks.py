"""Notebooks 04 and 05 under papermill for every organization with reference data: with the
organization detected from an SCO article, with all six injected at once, and with one that has no
reference data, which gets a note and no figures instead of another organization's plots."""

from __future__ import annotations

import json
from pathlib import Path

import papermill
import pytest

from helpers import paths, pipeline, reference

pytestmark = pytest.mark.slow
SCO_ARTICLE = Path(__file__).parent / "articles" / "irna-style-sco-tianjin-1404-06-10.txt"
NOTEBOOKS = ("04_membership", "05_cadence")


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("processed")
    pipeline.write_outputs(pipeline.process_file(SCO_ARTICLE), base)
    return base


def _run(notebook: str, processed: Path, out: Path, **parameters: str) -> tuple[str, list[str]]:
    """Execute one notebook; return its printed text and the static figures it wrote."""
    figures = out / "figures"
    executed = out / f"{notebook}.ipynb"
    papermill.execute_notebook(
        str(paths.NOTEBOOKS / f"{notebook}.ipynb"),
        str(executed),
        parameters={"article_id": SCO_ARTICLE.stem, "processed_dir": str(processed), "figures_dir": str(figures),
                    **parameters},
        kernel_name="persian-news",
        progress_bar=False,
    )  # fmt: skip
    cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
    printed = "".join("".join(o.get("text", "")) for c in cells for o in c.get("outputs", []))
    return printed, sorted(p.name for p in figures.glob("*.png")) if figures.exists() else []


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_an_sco_article_plots_the_sco(notebook: str, processed: Path, tmp_path: Path) -> None:
    printed, figures = _run(notebook, processed, tmp_path)
    assert "about SCO" in printed or "SCO:" in printed
    assert figures and all("_SCO_" in name for name in figures)


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_every_organization_with_data_runs_when_injected(notebook: str, processed: Path, tmp_path: Path) -> None:
    organizations = reference.organizations()
    assert {"CSTO", "SCO", "CIS", "EAEU", "BRICS", "ECO"} <= set(organizations)
    _, figures = _run(notebook, processed, tmp_path, organization=",".join(organizations))
    assert {name.split("_")[-2] for name in figures} == set(organizations)


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_an_organization_without_data_gets_a_note_not_plots(notebook: str, processed: Path, tmp_path: Path) -> None:
    printed, figures = _run(notebook, processed, tmp_path, organization="UN")
    assert "برای سازمان UN (پارامتر organization) دادهٔ مرجعی در data/raw/reference/ نیست" in printed
    assert "has no reference data" not in printed  # the project's labels are fa: the note is Persian
    assert figures == []
    (tmp_path / "en").mkdir()
    printed, _ = _run(notebook, processed, tmp_path / "en", organization="UN", labels="en")
    assert "UN (from the organization parameter) has no reference data" in printed
