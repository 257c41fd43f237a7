"""A run killed with SIGKILL mid-annotation resumes and writes exactly what a clean run writes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

PLACES = ["Kessel", "Varnholm", "Ostmark", "Lindhaven", "Brelsk", "Tamsin", "Oderbruck", "Pellan"]


def _corpus(path: Path) -> Path:
    """Twelve short invented reports, one per JSON line."""
    lines = []
    for number in range(12):
        place = PLACES[number % len(PLACES)]
        text = (
            f"Mayor Ilse Varga of {place} met the Dockworkers' Union on day {number}. "
            f"The union said the port of {place} would stay closed until wages rose. "
            f"Varga told reporters in {place} that talks would go on next week."
        )
        lines.append(json.dumps({"text": text, "outlet": f"Outlet {number}"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _command(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "rashomon", "analyze", str(corpus), "--out", str(out), "-q"]


def _env() -> dict[str, str]:
    return {**os.environ, "RASHOMON_WORKERS": "1", "RASHOMON_BATCH_SIZE": "1"}


def _saved(out: Path) -> int:
    shard = out / ".rashomon-annotations" / "local.jsonl"
    return len(shard.read_text(encoding="utf-8").splitlines()) if shard.exists() else 0


def test_a_killed_run_resumes_to_the_clean_result(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    clean = tmp_path / "clean"
    subprocess.run(_command(corpus, clean), env=_env(), check=True, capture_output=True)

    out = tmp_path / "out"
    run = subprocess.Popen(_command(corpus, out), env=_env(), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _saved(out) < 3 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert run.poll() is None, "the run ended before it could be killed"
    run.send_signal(signal.SIGKILL)
    run.wait()
    killed_at = _saved(out)
    assert 3 <= killed_at < 12
    assert not (out / "analysis.json").exists()

    resumed = subprocess.run(_command(corpus, out), env=_env(), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert "resuming the interrupted run" in resumed.stderr
    assert not (out / ".rashomon-annotations").exists()
    result = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    expected = json.loads((clean / "analysis.json").read_text(encoding="utf-8"))
    assert result == expected
    assert len(result["articles"]) == 12
