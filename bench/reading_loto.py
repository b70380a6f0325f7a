"""Measure the per-marker readings on tables they were not trained on.

The tables are dealt into ``--folds`` folds. For each fold, the marker readings
and the lawful reading are trained on the other folds' tables, and the rules
run on the fold's items: once with the readings off, then once per threshold
in ``--thresholds`` (applied to every rule that has a ``reading``), or with the
rules' own thresholds when none is given. It prints,
for each run, precision, recall and lawful items left silent over all folds,
and per marker the findings the readings added and the wrong ones.

    python bench/reading_loto.py                              # 5 folds, the rules' own thresholds
    python bench/reading_loto.py --thresholds 0.5 0.6 0.7 --cache /tmp/folds.pkl

The rules themselves were tuned on every table, so recall with the readings off
is higher here than on new material; the figures to read are the differences.
``--cache`` keeps the trained fold models in a file (they take minutes to train)
and reuses them while the tables are unchanged.
"""
from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from train_lawful import TABLES, data_digest  # noqa: E402
from train_lawful import train as train_lawful  # noqa: E402
from train_markers import read_markers  # noqa: E402
from train_markers import train as train_markers  # noqa: E402

import inspector  # noqa: E402
from inspector.labels import Labelled, load_sentences  # noqa: E402


def fold_models(folds: list[list[str]], tables: dict[str, list[Labelled]], cache: Path | None):
    """(lawful model, marker models) trained without each fold; from ``cache`` when current."""
    key = data_digest([it for p in TABLES for it in tables[p]]) + repr(folds) + repr(read_markers())
    if cache and cache.exists():
        saved = pickle.loads(cache.read_bytes())
        if saved.get("key") == key:
            return saved["models"]
    models = []
    for i, fold in enumerate(folds):
        train = [p for p in TABLES if p not in fold]
        items = [it for p in train for it in tables[p]]
        models.append((train_lawful(train, items=items), train_markers(train, read_markers(), items=items)))
        print(f"fold {i + 1}/{len(folds)} trained", file=sys.stderr, flush=True)
    if cache:
        cache.write_bytes(pickle.dumps({"key": key, "models": models}))
    return models


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--thresholds", type=float, nargs="+", default=[],
                    help="one threshold for every reading (default: each rule's own)")
    ap.add_argument("--max-lawful", type=float, default=None,
                    help="the lawful-reading bound (default: the rule set's marker_reading_max_lawful)")
    ap.add_argument("--cache", type=Path, help="keep the trained fold models in this file")
    a = ap.parse_args(argv)
    folds = [TABLES[i::a.folds] for i in range(a.folds)]
    tables = {p: load_sentences(p) for p in TABLES}
    models = fold_models(folds, tables, a.cache)
    rs = inspector.api._default().rules
    names = list(rs.markers)
    reading = [mid for mid, r in rs.markers.items() if r.reading is not None]
    bound = rs.reading_max_lawful if a.max_lawful is None else a.max_lawful
    base: dict[tuple[str, int], set[str]] = {}
    own = {mid: rs.markers[mid].reading for mid in reading}
    print(f"{len(TABLES)} tables in {a.folds} folds; readings for {len(reading)} markers; lawful bound {bound}")
    for thr in [None] + (list(a.thresholds) or ["own"]):
        rs.reading_max_lawful = 0.0 if thr is None else bound
        for mid in reading:
            object.__setattr__(rs.markers[mid], "reading", own[mid] if thr in (None, "own") else thr)
        tp = fp = fn = silent = lawful = 0
        added: Counter[str] = Counter()
        wrong: Counter[str] = Counter()
        for fold, (lawful_model, marker_model) in zip(folds, models):
            rs.lawful_reading, rs.marker_reading = lawful_model, marker_model
            for path in fold:
                for k, it in enumerate(tables[path]):
                    got = set(inspector.inspect_text(it.text, sender=it.sender).markers)
                    if thr is None:
                        base[(path, k)] = got
                    forbidden = it.forbidden(names)
                    tp += len(got & it.expect)
                    fn += len(it.expect - got)
                    fp += len(got & forbidden)
                    lawful += it.lawful
                    silent += it.lawful and not got
                    for mid in got - base[(path, k)]:
                        if mid in it.expect:
                            added[mid] += 1
                        elif mid in forbidden:
                            wrong[mid] += 1
        label = "off" if thr is None else "at each rule's threshold" if thr == "own" else f"{thr:.2f}"
        print(f"\nreadings {label}: P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} "
              f"(TP {tp} FN {fn} FP {fp}); lawful silent {silent}/{lawful}")
        if thr is not None:
            for mid in reading:
                print(f"  {mid:24s} +{added[mid]:3d} found, {wrong[mid]:2d} wrong")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
