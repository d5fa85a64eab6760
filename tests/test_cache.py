"""The on-disk build cache: a hit loads the same object, a changed input or a broken file rebuilds,
an unwritable cache directory only costs the rebuild."""

from __future__ import annotations

import gc
import importlib
import os
import pickle
import sys
from pathlib import Path

import pytest

from helpers import cache


class Counter:
    """A stand-in for a costly build: per-instance memo of answers, as in Restorer."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self._counts: dict[str, int] = {}

    def count(self, letter: str) -> int:
        if letter not in self._counts:
            self._counts[letter] = sum(w.count(letter) for w in self.words)
        return self._counts[letter]


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PERSIAN_NEWS_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture()
def source_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway module the build depends on: editing it must invalidate the cache."""
    folder = tmp_path / "src"
    folder.mkdir()
    path = folder / "lexicon_for_cache_test.py"
    path.write_text('WORDS = ["کتاب", "کتابخانه"]\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    yield path
    sys.modules.pop("lexicon_for_cache_test", None)


def _builder(calls: list[int]):
    def build() -> Counter:
        calls.append(1)
        module = importlib.import_module("lexicon_for_cache_test")
        return Counter(list(module.WORDS))

    return build


def test_second_load_is_a_hit_and_equal_to_a_fresh_build(cache_home: Path, source_module: Path) -> None:
    calls: list[int] = []
    key = cache.build_key("counter", ("lexicon_for_cache_test",))
    first = cache.load_or_build("counter", key, _builder(calls))
    first.count("ک")  # fill the memo: the cached copy was saved before, so it starts empty
    second = cache.load_or_build("counter", key, _builder(calls))
    assert calls == [1]
    assert second is not first and second.words == first.words
    assert second._counts == {}  # saved before the first object filled its memo
    assert second.count("ک") == first.count("ک") == 2
    assert [p.name for p in cache_home.iterdir()] == [f"counter-{key[:32]}.pickle"]


def test_changed_source_gives_a_new_key_and_a_rebuild(cache_home: Path, source_module: Path) -> None:
    calls: list[int] = []
    old_key = cache.build_key("counter", ("lexicon_for_cache_test",))
    cache.load_or_build("counter", old_key, _builder(calls))
    source_module.write_text('WORDS = ["کشور"]\n', encoding="utf-8")
    sys.modules.pop("lexicon_for_cache_test", None)
    new_key = cache.build_key("counter", ("lexicon_for_cache_test",))
    assert new_key != old_key
    rebuilt = cache.load_or_build("counter", new_key, _builder(calls))
    assert calls == [1, 1] and rebuilt.words == ["کشور"]
    assert cache.load_or_build("counter", old_key, _builder(calls)).words != rebuilt.words  # never mixed up


def test_only_the_newest_builds_of_a_name_are_kept(cache_home: Path, source_module: Path) -> None:
    """Two source trees (a branch and main) each keep their build; older ones are removed."""
    keys = []
    for i in range(cache.KEEP + 2):
        source_module.write_text(f'WORDS = ["{i}"]\n', encoding="utf-8")
        sys.modules.pop("lexicon_for_cache_test", None)
        keys.append(cache.build_key("counter", ("lexicon_for_cache_test",)))
        cache.load_or_build("counter", keys[-1], _builder([]))
        os.utime(cache_home / f"counter-{keys[-1][:32]}.pickle", ns=(i * 10**9, i * 10**9))
    kept = {p.name for p in cache_home.iterdir()}
    # the newest build is written last; the KEEP - 1 before it are kept beside it
    assert kept == {f"counter-{key[:32]}.pickle" for key in keys[-cache.KEEP :]}


def test_a_loaded_build_is_frozen_out_of_the_collector(cache_home: Path, source_module: Path) -> None:
    key = cache.build_key("counter", ("lexicon_for_cache_test",))
    cache.load_or_build("counter", key, _builder([]))
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    loaded = cache.load_or_build("counter", key, _builder([]))
    assert gc.get_freeze_count() > 0 and gc.is_tracked(loaded.words)
    gc.unfreeze()


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", "truncate"])
def test_broken_cache_file_is_rebuilt_and_replaced(cache_home: Path, source_module: Path, damage: bytes | str) -> None:
    calls: list[int] = []
    key = cache.build_key("counter", ("lexicon_for_cache_test",))
    cache.load_or_build("counter", key, _builder(calls))
    (path,) = cache_home.iterdir()
    path.write_bytes(path.read_bytes()[:40] if damage == "truncate" else damage)
    rebuilt = cache.load_or_build("counter", key, _builder(calls))
    assert calls == [1, 1] and rebuilt.count("ک") == 2
    again = cache.load_or_build("counter", key, _builder(calls))
    assert calls == [1, 1] and again.words == rebuilt.words


def test_a_file_saved_under_another_key_is_not_trusted(cache_home: Path, source_module: Path) -> None:
    calls: list[int] = []
    key = cache.build_key("counter", ("lexicon_for_cache_test",))
    cache.load_or_build("counter", key, _builder(calls))
    (path,) = cache_home.iterdir()
    other = "f" * 32 + key[32:]
    path.rename(path.with_name(f"counter-{other[:32]}.pickle"))
    cache.load_or_build("counter", other, _builder(calls))
    assert calls == [1, 1]


def test_unwritable_cache_directory_still_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source_module: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("PERSIAN_NEWS_CACHE", str(blocker / "cache"))  # a directory under a file cannot exist
    calls: list[int] = []
    key = cache.build_key("counter", ("lexicon_for_cache_test",))
    assert cache.load_or_build("counter", key, _builder(calls)).count("ک") == 2
    assert cache.load_or_build("counter", key, _builder(calls)).words == ["کتاب", "کتابخانه"]
    assert calls == [1, 1]


def test_cache_directory_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PERSIAN_NEWS_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "persian-news"
    monkeypatch.setenv("PERSIAN_NEWS_CACHE", str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"


def test_package_key_covers_its_data_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "src" / "pkg_for_cache_test"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "data" / "words.dat").write_text("کتاب\t10\tN\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "src"))
    try:
        before = cache.build_key("pkg", ("pkg_for_cache_test",))
        (package / "data" / "words.dat").write_text("کتاب\t11\tN\n", encoding="utf-8")
        assert cache.build_key("pkg", ("pkg_for_cache_test",)) != before
    finally:
        sys.modules.pop("pkg_for_cache_test", None)


@pytest.mark.slow
def test_text_tools_from_the_cache_work_like_a_fresh_build(cache_home: Path) -> None:
    from helpers.text import tokenize

    build = tokenize.tools.__wrapped__.__wrapped__  # under lru_cache and on_disk
    fresh = build()
    tokenize.tools.__wrapped__()  # miss: builds and saves
    loaded = tokenize.tools.__wrapped__()  # hit
    assert len(list(cache_home.iterdir())) == 1
    sample = "همکاریهای منطقهای کشورهای عضو در نشست سران رئیس جمهور گفت: میشود."
    for tools in (fresh, loaded):
        assert tools.restorer.restore(tools.normalizer.normalize(sample)) == fresh.restorer.restore(
            fresh.normalizer.normalize(sample)
        )
    words = fresh.words.tokenize(sample)
    assert loaded.words.tokenize(sample) == words
    assert [loaded.lemmatizer.lemmatize(w) for w in words] == [fresh.lemmatizer.lemmatize(w) for w in words]
    assert loaded.sentences.tokenize(sample) == fresh.sentences.tokenize(sample) and loaded.stopwords == fresh.stopwords


def test_an_edited_but_valid_pickle_is_not_trusted(cache_home: Path, source_module: Path) -> None:
    calls: list[int] = []
    key = cache.build_key("counter", ("lexicon_for_cache_test",))
    cache.load_or_build("counter", key, _builder(calls))
    (path,) = cache_home.iterdir()
    header = path.read_bytes().partition(b"\n")[0]
    path.write_bytes(header + b"\n" + pickle.dumps((key, ["دستکاری"])))  # same key, other content: a valid pickle
    loaded = cache.load_or_build("counter", key, _builder(calls))
    assert isinstance(loaded, Counter) and loaded.words == ["کتاب", "کتابخانه"]
    assert calls == [1, 1]


def test_a_pickle_without_the_checksum_line_is_never_unpickled(
    cache_home: Path, source_module: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = cache.build_key("counter", ("lexicon_for_cache_test",))
    cache.load_or_build("counter", key, _builder([]))
    (path,) = cache_home.iterdir()
    path.write_bytes(pickle.dumps((key, ["x"])))  # as an older version or another tool writes it
    unpickled: list[bytes] = []
    monkeypatch.setattr(cache.pickle, "loads", lambda data: unpickled.append(data))
    calls: list[int] = []
    loaded = cache.load_or_build("counter", key, _builder(calls))
    assert isinstance(loaded, Counter) and loaded.words == ["کتاب", "کتابخانه"]
    assert calls == [1] and unpickled == []


def test_load_all_fills_each_builders_own_memo(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Corpus workers load every cached build before their first chunk (P3): through the name the
    module binds, so its lru_cache holds the object and the first article finds it there."""
    monkeypatch.setattr(cache, "_BUILDERS", [])
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "builds_for_cache_test.py").write_text(
        "from functools import lru_cache\n"
        "from helpers import cache\n\n\n"
        "@lru_cache(maxsize=1)\n"
        "@cache.on_disk()\n"
        "def words() -> list[str]:\n"
        "    return ['کتاب']\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path / "src"))
    try:
        module = importlib.import_module("builds_for_cache_test")
        assert module.words.cache_info().currsize == 0
        cache.load_all()
        assert module.words.cache_info().currsize == 1 and len(list(cache_home.iterdir())) == 1
    finally:
        sys.modules.pop("builds_for_cache_test", None)


def test_an_installed_package_is_keyed_by_its_record() -> None:
    """Reading every file of a big installed package (babel: 33 MB) for a key cost ~0.8 s a process."""
    record = cache.installed_record("hazm")
    assert record is not None and b"hazm/__init__.py," in record
    assert cache.installed_record("helpers") is None  # our own editable package: its files are read
