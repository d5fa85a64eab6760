"""Tiny generated notebooks and articles for the runner tests (the real notebooks are tested end to end)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ARTICLE = (
    "دیدار وزیران خارجه در تهران\n"
    "وزیران خارجه دو کشور روز دوشنبه درباره همکاری‌های اقتصادی و امنیتی گفت‌وگو کردند.\n"
    "در پایان این دیدار سه سند همکاری در زمینه انرژی و حمل و نقل امضا شد.\n"
)

INJECTED = (
    "نشست سران <script>document.body.appendChild("
    "Object.assign(document.createElement('div'), {id: 'pwned' + '-script'}))</script>\n"
    'سخنگوی وزارت خارجه گفت <img src=x onerror="document.body.appendChild('
    "Object.assign(document.createElement('div'), {id: 'pwned' + '-img'}))\"> "
    "این نشست با حضور نمایندگان همه کشورهای عضو برگزار شد و <a href=\"javascript:document.title='pwned'\">پیوند</a> "
    "[اینجا](javascript:alert(1)) را ببینید.\n"
    "در پایان نشست بیانیه مشترکی درباره همکاری‌های منطقه‌ای منتشر شد.\n"
    "رئیس‌جمهور میزبان گفت کشورهای عضو بر گسترش همکاری‌های اقتصادی، امنیتی و فرهنگی توافق کردند.\n"
    "نشست بعدی سال آینده در پایتخت یکی دیگر از کشورهای عضو برگزار خواهد شد و وزیران خارجه پیش از آن دیدار می‌کنند.\n"
)

_READ = """from pathlib import Path
from helpers import paths, storage
from helpers.text import sources
text = sources.read_article_text(article_path)
lines = [line for line in text.splitlines() if line.strip()]
out = paths.processed_dir(article_id, processed_dir or None)
storage.write_json(out / "article.json", {"headline": lines[0], "published": "2025-11-28"})
storage.write_text(out / "lines.txt", "\\n".join(lines))
print(len(lines), "lines; headline:", lines[0])"""

_SHOW = """assert "out" not in dir(), "01_read's variable leaked into 02_show: the shared kernel was not reset"
import pandas as pd
import plotly.express as px
from IPython.display import Markdown, display
from helpers import paths, storage
lines = (paths.processed_dir(article_id, processed_dir or None) / "lines.txt").read_text(encoding="utf-8").splitlines()
if any("BOOM" in line for line in lines):
    raise ValueError("this article asks to fail")
table = pd.DataFrame({"line": range(len(lines)), "text": lines, "length": [len(x) for x in lines]})
display(table.head(top))
display(Markdown("**" + lines[0] + "**"))
px.bar(table, x="text", y="length", title=lines[0])"""


def _notebook(parameters: str, *cells: str) -> nbformat.NotebookNode:
    nb = new_notebook()
    params = new_code_cell(parameters)
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        new_markdown_cell("# test notebook"),
        params,
        new_code_cell("from helpers import notebook\nnotebook.setup()"),
        *map(new_code_cell, cells),
    ]
    nb.metadata["kernelspec"] = {"name": "persian-news", "display_name": "persian-news", "language": "python"}
    return nb


def write_notebooks(directory: Path) -> Path:
    """01 reads the article and writes two outputs, 02 shows a table, Markdown and a plotly chart
    (and fails for an article containing BOOM, or when 01's variables are still there), 06 is a
    corpus notebook the runner must ignore."""
    directory.mkdir(parents=True, exist_ok=True)
    common = 'article_id: str = "x"  # the file name without extension\nprocessed_dir: str = ""  # output folder'
    nbformat.write(_notebook(f'article_path: str = ""  # article file\n{common}', _READ), directory / "01_read.ipynb")
    shown = 'top: int = 10  # rows shown\nlabel: str = "en"  # any text\nfigures_dir: str = ""  # figure files'
    nbformat.write(_notebook(f"{common}\n{shown}", _SHOW), directory / "02_show.ipynb")
    nbformat.write(_notebook('pattern: str = "*.txt"  # articles', "print(pattern)"), directory / "06_corpus.ipynb")
    return directory


def write_article(directory: Path, name: str, text: str = ARTICLE) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def run_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m helpers run …` in a subprocess, output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "helpers", "run", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=900,
    )
