"""How the private notes feel with a large vault: 5,000 notes of about 2 KB each.

Method (re-measure with `python -m pytest tests/bench/test_bench_vault.py -s`; the
figures depend on the machine, so they are printed, never asserted):
- the vault is made with the real Argon2id cost (crypto.DEFAULT_KDF_PARAMS, RFC 9106's
  second recommendation) and filled through `UnlockedVault.save` inside one transaction
  (the app saves one note at a time; one transaction only spares 5,000 fsyncs here);
- unlock: `unlock_with_passphrase`, wall-clock with `time.perf_counter`, median of
  UNLOCK_RUNS — this is the deliberate key-derivation cost, aimed at 0.2–0.6 s;
- list: the first `notes()` after unlocking (reads and decrypts every row, builds the
  search text; aim < 300 ms), and the median of later calls (from memory);
- search: the median of SEARCH_RUNS `search()` calls over all notes (aim < 150 ms);
- memory: Python's own allocations by `tracemalloc` (current and peak) over a separate
  unlock + list, which tracemalloc slows down so it is not timed; and the process's peak
  resident set size from `resource.getrusage(RUSAGE_SELF).ru_maxrss` (includes Argon2id's
  64 MiB, which tracemalloc cannot see; peak over the whole pytest process).
The assertions check only that the work timed was done right.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from balintdesk.store.db import close_database, open_database
from balintdesk.store.notes_models import notes_proxy
from balintdesk.vault import crypto
from balintdesk.vault.vault import create_vault, unlock_with_passphrase

pytestmark = pytest.mark.bench

NOTES = 5_000
NOTE_CHARACTERS = 2_000
UNLOCK_RUNS = 5
LIST_RUNS = 10
SEARCH_RUNS = 20
PASSPHRASE = "a slow river under winter light"
RARE_WORD = "zeugmatic"  # planted in every 50th note
_WORDS_TEXT = """
    patient doctor felt stayed with me again appointment angry tired listened silence
    family pain worry test result referral group noticed myself wanted rescue helpless
    relief frustration boundary trust heartsink consultation minutes late question
    reassurance demand understood alone guilt hope notice keep mind between us
"""
WORDS = tuple(_WORDS_TEXT.split())


def realistic_text(rng: random.Random, characters: int) -> str:
    words: list[str] = []
    length = 0
    while length < characters:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def peak_rss_mib() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def test_unlock_list_and_search_a_large_vault(tmp_path: Path) -> None:
    params = crypto.DEFAULT_KDF_PARAMS
    assert params == crypto.KdfParams()  # the real cost, not the tests' cheap one
    db = open_database(tmp_path / "balintdesk.sqlite3", tmp_path / "backups")
    try:
        rng = random.Random(5)
        start = time.perf_counter()
        vault, _ = create_vault("Dr Bench", PASSPHRASE)
        create_seconds = time.perf_counter() - start
        start = time.perf_counter()
        with notes_proxy.atomic():
            for n in range(NOTES):
                body = realistic_text(rng, NOTE_CHARACTERS)
                if n % 50 == 0:
                    body += f" {RARE_WORD}"
                vault.save(None, f"Reflection {n}", body, ["bench", f"t{n % 7}"], "balint", None)
        fill_seconds = time.perf_counter() - start
        vault.lock()

        unlock_seconds = []
        for _ in range(UNLOCK_RUNS):
            start = time.perf_counter()
            opened = unlock_with_passphrase(vault.id, PASSPHRASE)
            unlock_seconds.append(time.perf_counter() - start)
            opened.lock()

        opened = unlock_with_passphrase(vault.id, PASSPHRASE)
        start = time.perf_counter()
        listed = opened.notes()
        first_list = time.perf_counter() - start
        warm_list = []
        for _ in range(LIST_RUNS):
            start = time.perf_counter()
            opened.notes()
            warm_list.append(time.perf_counter() - start)
        search_seconds = []
        for _ in range(SEARCH_RUNS):
            start = time.perf_counter()
            found = opened.search(f"Heartsink {RARE_WORD}")
            search_seconds.append(time.perf_counter() - start)
        start = time.perf_counter()
        nothing = opened.search("no-such-word-anywhere")
        miss_seconds = time.perf_counter() - start
        opened.lock()

        assert len(listed) == NOTES and opened.damaged_ids == set()
        expected = [n.id for n in listed if RARE_WORD in n.body and "heartsink" in n.body]
        assert [note.id for note in found] == expected and 0 < len(found) <= NOTES // 50
        assert nothing == []

        tracemalloc.start()
        traced = unlock_with_passphrase(vault.id, PASSPHRASE)
        assert len(traced.notes()) == NOTES
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        traced.lock()
        db_bytes = (tmp_path / "balintdesk.sqlite3").stat().st_size
    finally:
        close_database(db)

    print(
        f"\nVault of {NOTES} notes of ~{NOTE_CHARACTERS} characters "
        f"(database {db_bytes / 1e6:.1f} MB)\n"
        f"  Argon2id t={params.iterations} p={params.lanes} m={params.memory_cost} KiB "
        f"({params.memory_cost // 1024} MiB), 16-byte salt\n"
        f"  create vault (2 derivations)   {create_seconds * 1000:8.1f} ms\n"
        f"  fill 5,000 notes, 1 transaction {fill_seconds * 1000:7.1f} ms\n"
        f"  unlock (median of {UNLOCK_RUNS})         "
        f"{statistics.median(unlock_seconds) * 1000:8.1f} ms"
        f"   (min {min(unlock_seconds) * 1000:.1f}, max {max(unlock_seconds) * 1000:.1f})\n"
        f"  list, first after unlock       {first_list * 1000:8.1f} ms   (aim < 300)\n"
        f"  list, later (median)           {statistics.median(warm_list) * 1000:8.1f} ms\n"
        f"  search 2 words (median of {SEARCH_RUNS})  "
        f"{statistics.median(search_seconds) * 1000:8.1f} ms   (aim < 150)\n"
        f"  search, no match               {miss_seconds * 1000:8.1f} ms\n"
        f"  memory after unlock + list: tracemalloc current {current / 2**20:.1f} MiB, "
        f"peak {peak / 2**20:.1f} MiB (Python objects only)\n"
        f"  process peak RSS (ru_maxrss)   {peak_rss_mib():8.1f} MiB"
    )
