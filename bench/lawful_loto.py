"""Measure the lawful-reading model on tables it was not trained on.

For each table: train on all the other tables, run the marker rules on the
table's items, and print precision, recall and lawful items left silent with
the model silencing tactic markers at several thresholds (``off`` = rules alone).

    python bench/lawful_loto.py                          # every table, current rules
    python bench/lawful_loto.py tests/data/sentences_tuning21.yaml --rules-root /tmp/r21

``--rules-root`` runs the rules of another checkout (for example the commit
that added the table, ``git archive <commit> inspector | tar -x -C /tmp/r21``),
so the table is unseen by the rules too: the current rules were tuned on every
table, which hides what the model adds on new material.

Only the silencing is emulated: a rule's ``requires_or_reading_below`` is left
out (it would need the left-out model inside the rules), so recall here is a
little lower than the shipped rules give.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from train_lawful import TABLES, train  # noqa: E402

import inspector  # noqa: E402
from inspector.context import features, typed_norm  # noqa: E402
from inspector.labels import load_sentences  # noqa: E402
from inspector.rules import RuleSet, digits_of, sender_kind, unquoted  # noqa: E402

_MARKERS_OF = """
import json, sys
sys.path.insert(0, sys.argv[1])
import inspector
from inspector.labels import load_sentences
rs = inspector.api._default().rules
ex = {'reads_lawful'}
# The rules without the model: drop its exemption and its say in a rule's `requires` (the
# shipped model has read every table). Older checkouts (--rules-root) lack the field.
for r in rs.markers.values():
    object.__setattr__(r, 'exempt', r.exempt - ex)
    if hasattr(r, 'requires_or_reading_below'):
        object.__setattr__(r, 'requires_or_reading_below', None)
print(json.dumps([sorted(inspector.inspect_text(it.text, sender=it.sender).markers)
                  for it in load_sentences(sys.argv[2])]))
"""
THRESHOLDS = (None, 0.9, 0.8, 0.7, 0.6, 0.5)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tables", nargs="*", help="tables to leave out one at a time (default: all)")
    ap.add_argument("--rules-root", default=str(ROOT), help="a checkout whose inspector/ runs the rules")
    a = ap.parse_args(argv)
    rs = RuleSet.load()
    silenced = {m for m, r in rs.markers.items() if "reads_lawful" in r.exempt}
    hard = rs.param_re("hard_threat_re")
    tables = [str(Path(t).resolve()) for t in a.tables] or TABLES
    totals = {t: [0, 0, 0, 0, 0] for t in THRESHOLDS}
    by_table = {str(Path(p).resolve()): load_sentences(p) for p in TABLES}  # read each table once
    for table in tables:
        others = [p for p in TABLES if str(Path(p).resolve()) != table]
        model = train(others, items=[it for p in others for it in by_table[str(Path(p).resolve())]])
        items = by_table.get(table) or load_sentences(table)
        got = json.loads(subprocess.run([sys.executable, "-c", _MARKERS_OF, a.rules_root, table],
                                        capture_output=True, text=True, check=True).stdout)
        # Each item's reading by the model left without its table (None under a hard threat, which
        # the reading never overrides) and whether its document type needs the strict threshold
        # (papers need a clearer reading), as in api._exemptions.
        readings: list[tuple[float | None, bool]] = []
        for it in items:
            norm = typed_norm(it.text)
            p = None if hard.search(unquoted(norm)) else model.probability(
                features(norm, sender_kind(it.sender, rs), digits_of(it.sender or "")))
            strict = inspector.inspect_text(it.text, sender=it.sender).doc_type in rs.lawful_strict_types
            readings.append((p, strict))
        print(Path(table).name)
        for tau in THRESHOLDS:
            tp = fn = fp = lw = ls = 0
            for it, g, (p, strict) in zip(items, got, readings):
                g = set(g)
                if tau is not None and p is not None:
                    if p >= (max(tau, rs.lawful_strict_threshold) if strict else tau):
                        g -= silenced
                tp += len(g & it.expect)
                fn += len(it.expect - g)
                if it.lawful:
                    lw += 1
                    ls += not g
                    fp += len(g)
                else:
                    fp += len(g & it.forbid)
            for i, v in enumerate((tp, fp, fn, ls, lw)):
                totals[tau][i] += v
            print(f"  {'off' if tau is None else tau:>4}: precision {tp / max(1, tp + fp):.2f} "
                  f"recall {tp / max(1, tp + fn):.2f} lawful silent {ls}/{lw}")
    if len(tables) > 1:
        print("all tables")
        for tau, (tp, fp, fn, ls, lw) in totals.items():
            print(f"  {'off' if tau is None else tau:>4}: precision {tp / max(1, tp + fp):.2f} "
                  f"recall {tp / max(1, tp + fn):.2f} lawful silent {ls}/{lw} ({ls / max(1, lw):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
