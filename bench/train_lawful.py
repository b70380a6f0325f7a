"""Train the lawful-reading model from the labelled sentence tables.

    python bench/train_lawful.py                 # writes inspector/rules/lawful_reading.json
    python bench/train_lawful.py --out m.json --exclude tests/data/sentences_tuning21.yaml

A text is lawful when its ``expect`` list is empty. The model is a logistic
regression (L2, strength ``--c``) over ``inspector.context.features``, fitted
by Nesterov-accelerated gradient descent with numpy alone, so it needs nothing
beyond the inspector's own requirements. Features seen in fewer than
``--min-df`` texts are dropped; so are weights below ``--prune`` after fitting.
The held-out sets in ``bench/data`` are never read.
"""
from __future__ import annotations

import argparse
import hashlib
import glob
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspector.context import LawfulReading, features, typed_norm, unit_weights  # noqa: E402
from inspector.labels import Labelled, load_sentences  # noqa: E402
from inspector.rules import digits_of, sender_kind  # noqa: E402

TABLES = sorted(glob.glob(str(ROOT / "tests" / "data" / "sentences*.yaml")))


def load_items(paths: list[str]) -> list[Labelled]:
    """Every item of the tables, in order (each table read once)."""
    return [it for path in paths for it in load_sentences(path)]


def data_digest(items: list[Labelled]) -> str:
    """A digest of what the model learns from: each item's text, sender and whether it is lawful."""
    h = hashlib.sha256()
    for it in items:
        h.update(f"{it.text}\0{it.sender or ''}\0{int(it.lawful)}\n".encode())
    return h.hexdigest()[:16]


def table_items(items: list[Labelled]) -> list[tuple[dict[str, float], float]]:
    """(unit-length features, 1.0 if lawful) for every item."""
    # Only the sender prefixes are needed, and the rule set cannot load before its model exists.
    params = yaml.safe_load((ROOT / "inspector" / "rules" / "markers.yaml").read_text(encoding="utf-8"))["params"]
    rs = SimpleNamespace(params=params)
    return [(unit_weights(features(typed_norm(it.text), sender_kind(it.sender, rs), digits_of(it.sender or ""))),
             1.0 if it.lawful else 0.0) for it in items]


def fit(items: list[tuple[dict[str, float], float]], c: float = 10.0, min_df: int = 2,
        iters: int = 1500, prune: float = 0.002) -> tuple[dict[str, float], float]:
    """Logistic regression weights and bias over ``items``."""
    df: dict[str, int] = {}
    for f, _ in items:
        for k in f:
            df[k] = df.get(k, 0) + 1
    vocab = sorted(k for k, n in df.items() if n >= min_df)
    index = {k: i for i, k in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for r, (f, _) in enumerate(items):
        for k, v in f.items():
            j = index.get(k)
            if j is not None:
                rows.append(r)
                cols.append(j)
                vals.append(v)
    rows_a, cols_a, vals_a = np.array(rows), np.array(cols), np.array(vals)
    n, d = len(items), len(vocab)
    y = np.array([lab for _, lab in items])

    def xw(w: np.ndarray) -> np.ndarray:
        return np.bincount(rows_a, weights=vals_a * w[cols_a], minlength=n)

    def xtr(r: np.ndarray) -> np.ndarray:
        return np.bincount(cols_a, weights=vals_a * r[rows_a], minlength=d)

    # Step size from the largest eigenvalue of X'X (power iteration): the loss's
    # gradient is Lipschitz with constant lambda_max / 4 + 1 / c.
    v = np.ones(d) / np.sqrt(d)
    for _ in range(50):
        v = xtr(xw(v))
        v /= np.linalg.norm(v) or 1.0
    lam = float(v @ xtr(xw(v)))
    step = 1.0 / (max(lam, n) / 4.0 + 1.0 / c)  # the bias column is all ones: its eigenvalue is n
    w = np.zeros(d + 1)
    prev = w.copy()
    for t in range(1, iters + 1):
        look = w + (t - 1) / (t + 2) * (w - prev)
        p = 1.0 / (1.0 + np.exp(-(xw(look[:-1]) + look[-1])))
        g = np.append(xtr(p - y) + look[:-1] / c, np.sum(p - y))
        prev = w
        w = look - step * g
    weights = {k: float(w[i]) for k, i in index.items() if abs(w[i]) >= prune}
    return weights, float(w[-1])


def train(paths: list[str], items: list[Labelled] | None = None, **kw) -> LawfulReading:
    """The model trained on the tables at ``paths`` (``items``: their items, if already read)."""
    items = load_items(paths) if items is None else items
    weights, bias = fit(table_items(items), **kw)
    return LawfulReading(weights=weights, bias=bias,
                         trained_on=tuple(str(Path(p).relative_to(ROOT)) for p in paths),
                         data_sha256=data_digest(items))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "inspector" / "rules" / "lawful_reading.json"))
    ap.add_argument("--exclude", action="append", default=[], help="a table to leave out (repeatable)")
    ap.add_argument("--c", type=float, default=10.0, help="inverse L2 strength (default 10)")
    ap.add_argument("--iters", type=int, default=1500)
    a = ap.parse_args(argv)
    skip = {str(Path(p).resolve()) for p in a.exclude}
    paths = [p for p in TABLES if str(Path(p).resolve()) not in skip]
    model = train(paths, c=a.c, iters=a.iters)
    Path(a.out).write_text(model.to_json(), encoding="utf-8")
    print(f"{len(paths)} tables, {len(model.weights)} weights, bias {model.bias:+.3f} -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
