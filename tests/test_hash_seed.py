"""The extractor's tables do not depend on Python's hash seed: a set's order must never decide a row."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json, warnings
warnings.filterwarnings("ignore")
from helpers import pipeline
from helpers.evaluation import synth
rows = []
for index in (24, 25):
    result = pipeline.process_text(synth.build(index, seed=2026).text, "t.txt", f"synth-{index}")
    rows.append(sorted(result.attendees["name_written"].tolist()))
print(json.dumps(rows, ensure_ascii=False))
"""


def _tables(seed: int) -> list[list[str]]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_attendees_are_the_same_under_any_hash_seed() -> None:
    # generated article 24 of seed 2026 writes «مایکل دی. هیگینز», which the sentence splitter cuts after
    # «دی.»; before session 17 the name came out whole under some seeds and as «هیگینز» under others
    assert _tables(0) == _tables(1)
