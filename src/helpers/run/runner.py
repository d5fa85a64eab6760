"""`python -m helpers run`: run the per-article notebooks with papermill and publish HTML reports.

For each article, the notebooks whose parameters cell declares `article_id` run in name order
(01_ingest, 02_tokenize, ...). The flow, one module each:

    plan        command line -> one job per article; parameters checked against the notebooks
    pool        the jobs, one at a time or in worker processes, with a progress bar
    article     one article's chain: skip unchanged steps, run the rest, publish
    step        one notebook: papermill, the failed-notebook line, HTML export
    engine      the shared kernel, as papermill engine `persian-news`
    layout      every path under reports/<id>/
    fingerprint what makes a step unchanged
    summary     run.json and the table printed at the end
    report      the HTML reports and reports/index.html"""

from __future__ import annotations

import argparse
import sys

from helpers.run import pool, summary
from helpers.run.plan import UsageError, plan
from helpers.text.sources import BadInput


def main(args: argparse.Namespace) -> int:
    """Run the suite as the command line asks; 0 when every article succeeded, 1 if any failed, 2 on usage errors."""
    try:
        jobs = plan(args)
    except (UsageError, BadInput) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    outcomes = pool.run_jobs(jobs, max(1, args.jobs))
    from helpers.run import report

    print(summary.table(outcomes))
    for note in summary.organization_notes(outcomes, jobs[0].parameters.get("reference_dir")):
        print(note)
    try:
        labels = str(jobs[0].parameters.get("labels") or "")  # `-p labels en` also for the index and pages
        print(f"index: {report.write_index(jobs[0].reports_base, labels)}")
    except OSError as exc:  # a full disk, say: the summary above still stands
        print(f"error: {jobs[0].reports_base / 'index.html'}: not written ({exc.strerror or exc})", file=sys.stderr)
        return 1
    return 1 if any(o.status == "failed" for o in outcomes) else 0
