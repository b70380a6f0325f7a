"""How each tactic reads: learned models that catch wording the patterns miss.

A marker's patterns catch the phrasings someone wrote down; collectors keep
finding new ones ("找你家里人聊聊" for a home visit, "到时候别怪我们不客气" for a
deadline). For the markers whose rule gives a ``reading`` threshold, a second
path looks at how a stretch of text reads as a whole: one logistic regression
per marker over the same character n-grams as the lawful reading
(``inspector.context.features``), trained by ``bench/train_markers.py`` on the
labelled tables in ``tests/data`` and shipped as ``rules/marker_reading.json``.

The text is cut into sentences (at 。！？;； and line breaks); each run of one to
``WINDOW`` sentences of one message is read, since the tables it learned from
hold mostly one- and two-sentence texts. A marker's reading is its highest over
the runs, and its evidence the shortest run that reached the threshold.

The path only adds findings the patterns missed, and only through the same
gates as the patterns (``RuleSet.evaluate``): a text the lawful reading does
not call plainly collection (``marker_reading_max_lawful``), a contract, a
family chat, the marker's ``requires``, ``unless`` and the commentary checks
all keep it silent.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .context import NGRAMS, checked_weights, features, read_model_file, unit_weights
from .errors import RuleFileError

WINDOW = 3  # sentences per run at most
MIN_CHARS = 10  # runs with fewer characters (spaces aside) are not read: too little to go on
_STOPS = re.compile(r"[。！？!?;；\n]")


@dataclass(frozen=True)
class Run:
    """A run of sentences of the normalised text and each marker's reading of it."""

    start: int
    end: int
    sentences: int
    probs: dict[str, float]


class MarkerReadings:
    """One logistic regression per marker, scored together."""

    def __init__(self, models: dict[str, tuple[dict[str, float], float]], trained_on: tuple[str, ...] = (),
                 data_sha256: str = "", source: str = "marker_reading.json") -> None:
        self.models = models
        self.trained_on = trained_on
        self.data_sha256 = data_sha256
        self.source = source
        self.markers = tuple(sorted(models))
        self._bias = np.array([models[m][1] for m in self.markers])
        # n-gram -> its weight in every model (0 where a model dropped it), so a run is one pass.
        table: dict[str, np.ndarray] = {}
        for j, m in enumerate(self.markers):
            for k, w in models[m][0].items():
                row = table.get(k)
                if row is None:
                    row = table[k] = np.zeros(len(self.markers))
                row[j] = w
        self._table = table

    def probabilities(self, feats) -> dict[str, float]:
        """P(the text shows the marker) for each marker, for the features of one text."""
        z = self._bias.copy()
        for k, v in unit_weights(feats).items():
            row = self._table.get(k)
            if row is not None:
                z += v * row
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        return {m: float(p[j]) for j, m in enumerate(self.markers)}

    def runs(self, norm: str, message_at, sender_kind: str = "unknown", sender_digits: str = "") -> list[Run]:
        """Every run of one to ``WINDOW`` sentences within one message, read."""
        spans: list[tuple[int, int]] = []
        a = 0
        for m in _STOPS.finditer(norm + "\n"):
            b = m.start()
            if len("".join(norm[a:b].split())) >= 1:
                spans.append((a, b))
            a = m.end()
        out: list[Run] = []
        for i in range(len(spans)):
            msg = message_at(spans[i][0])
            for n in range(1, WINDOW + 1):
                if i + n > len(spans) or message_at(spans[i + n - 1][0]) != msg:
                    break
                s, e = spans[i][0], spans[i + n - 1][1]
                text = norm[s:e]
                if len("".join(text.split())) < MIN_CHARS:
                    continue
                out.append(Run(s, e, n, self.probabilities(features(text, sender_kind, sender_digits))))
        return out

    def to_json(self) -> str:
        return json.dumps({"format": 1, "kind": "logistic regression per marker over character n-grams",
                           "ngrams": list(NGRAMS), "trained_on": list(self.trained_on),
                           "data_sha256": self.data_sha256,
                           "markers": {m: {"bias": round(b, 5),
                                           "weights": dict(sorted((k, round(v, 4)) for k, v in w.items()))}
                                       for m, (w, b) in sorted(self.models.items())}},
                          ensure_ascii=False, separators=(",", ":")) + "\n"


def load(name: str | Path = "marker_reading.json") -> MarkerReadings:
    """The models shipped in ``inspector/rules`` (a bare name) or at a path; validated."""
    data, label = read_model_file(name, "marker-reading models", "bench/train_markers.py")
    markers = data.get("markers")
    if not isinstance(markers, dict) or not markers:
        raise RuleFileError(f"{label}: field 'markers': expected a non-empty mapping of marker id to model.")
    models: dict[str, tuple[dict[str, float], float]] = {}
    for mid, model in markers.items():
        where = f"{label}: marker {mid!r}"
        if not isinstance(model, dict):
            raise RuleFileError(f"{where}: expected a mapping with 'bias' and 'weights'.")
        models[str(mid)] = checked_weights(where, model)
    return MarkerReadings(models, trained_on=tuple(str(t) for t in data.get("trained_on", [])),
                          data_sha256=str(data.get("data_sha256", "")), source=label)
