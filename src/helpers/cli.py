"""Command line: `python -m helpers run | extract | evaluate | corpus`.

This module only parses arguments and hands them to the module that does the work; the heavy
imports (papermill, hazm, dask) happen inside each command so `--help` stays instant."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class _RunHelp(argparse.Action):
    """`run --help`: argparse's help, then the notebooks' settable parameters with their defaults
    (papermill's inspection of the notebooks, cached; read only when help is asked for)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help=str(kwargs.get("help")))

    def __call__(self, parser: argparse.ArgumentParser, namespace: object, *_: object) -> None:
        from helpers import paths
        from helpers.run.parameters import UsageError
        from helpers.run.plan import describe_parameters

        parser.print_help()
        try:
            print("\n" + describe_parameters(getattr(namespace, "notebooks_dir", None) or paths.NOTEBOOKS))
        except UsageError as exc:
            print(f"\n(notebook parameters unavailable: {exc})")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--root",
        type=Path,
        help="the project folder (notebooks/, data/, reports/); default $PERSIAN_NEWS_ROOT, else the source checkout",
    )

    run = sub.add_parser(
        "run", parents=[common], add_help=False, help="run the notebooks with papermill and export HTML reports"
    )
    run.add_argument("-h", "--help", action=_RunHelp, help="show this help and every notebook parameter, then exit")
    run.add_argument("articles", nargs="*", type=Path, help="article files (default: every data/raw/articles/*.txt)")
    run.add_argument("--jobs", "-j", type=int, default=1, help="articles run at once (default 1)")
    run.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="set a notebook parameter (repeatable)",
    )
    run.add_argument("-f", "--parameters-file", type=Path, help="YAML file of notebook parameters")
    run.add_argument("--force", action="store_true", help="rerun notebooks even when nothing changed")
    run.add_argument("--reports-dir", type=Path, help="where HTML reports go (default reports/)")
    run.add_argument("--processed-dir", type=Path, help="where step outputs go (default data/processed/)")
    run.add_argument("--notebooks-dir", type=Path, help="where the notebooks are (default notebooks/)")

    extract = sub.add_parser("extract", parents=[common], help="ingest, tokenize and extract one article in-process")
    extract.add_argument("article", type=Path)
    extract.add_argument("--json", action="store_true", help="print one JSON object (the default output)")
    extract.add_argument(
        "--published", default="", metavar="YYYY-MM-DD", help="publication date, overriding the page's dateline"
    )

    evaluate = sub.add_parser("evaluate", help="score the extractor on a folder of pages against gold annotations")
    evaluate.add_argument("folder", type=Path, help="folder of article texts (<id>.txt)")
    evaluate.add_argument("--gold", type=Path, default=Path("tests/devset/gold"), help="gold files (<id>.json)")
    evaluate.add_argument(
        "--manifest", type=Path, default=Path("tests/devset/manifest.csv"), help="manifest with a split column"
    )
    evaluate.add_argument("--misses", type=Path, help="write every miss and spurious row to this CSV")
    evaluate.add_argument("--split", default="", help="score only the pages of this split (e.g. tune)")

    corpus = sub.add_parser("corpus", parents=[common], help="process many articles in-process through Dask")
    corpus.add_argument("pattern", help="glob of article files, e.g. 'data/raw/articles/*.txt'")
    corpus.add_argument(
        "--scheduler", default="", help="address of an existing Dask scheduler (default: local cluster)"
    )
    corpus.add_argument(
        "--output-dir", type=Path, help="where the Parquet datasets go (default data/processed/corpus/)"
    )
    corpus.add_argument("--workers", type=int, default=None, help="local cluster workers (default: one per core)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if getattr(args, "root", None) is not None:
        if not (args.root / "notebooks").is_dir():
            print(f"error: {args.root}: not a project folder (no notebooks/ in it)", file=sys.stderr)
            return 2
        from helpers import paths

        paths.set_root(args.root)  # also for the worker processes and kernels, which inherit it
    if args.command == "run":
        from helpers.run import runner

        return runner.main(args)
    if args.command == "extract":
        from helpers import pipeline

        return pipeline.main(args)
    if args.command == "evaluate":
        from helpers.evaluation import folder

        return folder.main(args)
    from helpers.corpus import build

    return build.main(args)


if __name__ == "__main__":
    sys.exit(main())
