"""Train the per-marker reading models from the labelled sentence tables.

    python bench/train_markers.py                 # writes inspector/rules/marker_reading.json
    python bench/train_markers.py --out m.json --exclude tests/data/sentences_tuning21.yaml

One model for each marker whose rule in ``inspector/rules/markers.yaml`` gives a
``reading`` threshold. A text is a positive for a marker when its ``expect``
list names it, and a negative otherwise (lawful texts and texts showing other
tactics alike). The fitting is ``train_lawful.fit`` (L2 logistic regression over
``inspector.context.features``); weights under ``--prune`` are dropped to keep
the shipped file small. The held-out sets in ``bench/data`` are never read.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from train_lawful import TABLES, data_digest, fit, load_items, table_items  # noqa: E402

from inspector.labels import Labelled  # noqa: E402
from inspector.reading import MarkerReadings  # noqa: E402


def read_markers() -> list[str]:
    """The markers whose rule asks for a reading, in file order."""
    data = yaml.safe_load((ROOT / "inspector" / "rules" / "markers.yaml").read_text(encoding="utf-8"))
    return [mid for mid, rule in data["markers"].items() if "reading" in rule]


def train(paths: list[str], markers: list[str], items: list[Labelled] | None = None,
          prune: float = 0.1, **kw) -> MarkerReadings:
    """The models for ``markers`` trained on the tables at ``paths``."""
    items = load_items(paths) if items is None else items
    feats = [f for f, _ in table_items(items)]
    models = {}
    for mid in markers:
        models[mid] = fit([(f, 1.0 if mid in it.expect else 0.0) for f, it in zip(feats, items)],
                          prune=prune, **kw)
    return MarkerReadings(models, trained_on=tuple(str(Path(p).relative_to(ROOT)) for p in paths),
                          data_sha256=data_digest(items))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "inspector" / "rules" / "marker_reading.json"))
    ap.add_argument("--exclude", action="append", default=[], help="a table to leave out (repeatable)")
    ap.add_argument("--c", type=float, default=10.0, help="inverse L2 strength (default 10)")
    ap.add_argument("--iters", type=int, default=600)
    ap.add_argument("--prune", type=float, default=0.1, help="drop weights smaller than this (default 0.1)")
    ap.add_argument("--markers", nargs="*", help="train these markers (default: every rule with a reading)")
    a = ap.parse_args(argv)
    skip = {str(Path(p).resolve()) for p in a.exclude}
    paths = [p for p in TABLES if str(Path(p).resolve()) not in skip]
    markers = a.markers or read_markers()
    if not markers:
        print("no rule in markers.yaml gives a 'reading' threshold; nothing to train", file=sys.stderr)
        return 1
    model = train(paths, markers, c=a.c, iters=a.iters, prune=a.prune)
    Path(a.out).write_text(model.to_json(), encoding="utf-8")
    n = sum(len(w) for w, _ in model.models.values())
    print(f"{len(paths)} tables, {len(markers)} markers, {n} weights -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
