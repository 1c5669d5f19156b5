"""The Dask recipe on a real ``dask.distributed`` cluster (issue #12).

A LocalCluster of two worker processes on loopback runs the recipe; its rows must equal
``aidclaims extract --format jsonl`` on the same files, and a worker killed in the middle
of the run (its nanny restarts it, the scheduler reruns its tasks) must neither lose nor
duplicate a row. Every article is invented.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import pytest
from distributed import Client, LocalCluster, wait
from typer.testing import CliRunner

from aidclaims.cli import app
from aidclaims.io.dask_recipe import claims_bag, write_jsonl

TEXTS: Final = (
    "Norway pledged NOK 2 billion in humanitarian aid to Sudan this year, Minister Ola Berg said.",
    "Japan will send ¥3 billion in emergency aid to Nepal. Tokyo flats cost ¥1.2 million.",
    "The EU approved €1.5 billion in reconstruction aid for Mozambique in 2023.",
    "Brazil delivered R$80 million in food aid to Haiti during the first half of 2024.",
)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",  # any free port: another run may hold 8787
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    paths = []
    for part in range(3):
        path = tmp_path / f"part{part}.jsonl"
        lines = [
            json.dumps({"id": f"p{part}-{n}", "published": "2024-06-14", "text": text})
            for n, text in enumerate(TEXTS * 10)
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _cli_rows(paths: list[Path]) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["extract", *map(str, paths), "-f", "jsonl", "-q"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_cluster_rows_equal_the_command(client: Client, corpus: list[Path], tmp_path: Path) -> None:
    paths = write_jsonl(claims_bag([str(p) for p in corpus]), str(tmp_path / "out"))
    rows = [
        json.loads(line)
        for path in paths
        for line in Path(path).read_text(encoding="utf-8").splitlines()
    ]
    expected = _cli_rows(corpus)
    assert len(expected) >= 60
    assert rows == expected


def test_a_killed_worker_loses_and_duplicates_nothing(client: Client, corpus: list[Path]) -> None:
    bag: Any = claims_bag([str(p) for p in corpus], blocksize="1kB")  # many partitions
    # a lambda travels by value (the workers cannot import this test module); the sleep
    # keeps the run going long enough to kill a worker in its middle
    slowly = bag.map(lambda row: (time.sleep(0.02), row)[1])
    parts = client.compute(slowly.to_delayed())
    assert len(parts) >= 8
    deadline = time.monotonic() + 60
    while not any(part.done() for part in parts):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert not all(part.done() for part in parts), "the run ended before a worker was killed"
    victim = next(iter(client.scheduler_info()["workers"]))
    client.run(os._exit, 1, workers=[victim], nanny=False, on_error="ignore")
    wait(parts, timeout=120)
    assert victim not in client.scheduler_info()["workers"]  # it died; its nanny restarted it
    rows = [row for part in client.gather(parts) for row in part]
    assert rows == _cli_rows(corpus)
