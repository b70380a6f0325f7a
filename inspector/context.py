"""How lawful a whole text reads: a second opinion learned from labelled texts.

The marker rules look for a tactic's wording. The same words stand in lawful
texts too: a bank's notice names the lawsuit it may file, a court's message says
a case was filed, a news report quotes a collector. Hand-written lawful cues
(``api._exemptions``) catch the contexts someone thought of; this module weighs
the whole text at once.

The model is a logistic regression over character 1- to 3-grams of the
normalised text (digits folded to ``0``) and the kind of sender. It is trained
by ``bench/train_lawful.py`` on the labelled tables in ``tests/data`` (a text
is lawful when it expects no marker) and shipped as data in
``rules/lawful_reading.json``. ``bench/lawful_loto.py`` measures it on tables
left out of its training.

It only ever silences tactic markers, and only when a text reads lawful with
at least the rule set's threshold and has no hard threat outside quotation
marks; it never makes a marker fire.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import RuleFileError

NGRAMS = (1, 2, 3)
_DIGIT = re.compile(r"[0-9]")
_SPACE = re.compile(r"\s+")


def features(norm: str, sender_kind: str = "unknown", sender_digits: str = "") -> Counter[str]:
    """The model's features of a normalised text: character n-grams and the sender.

    ``norm`` is ``TextDoc.norm``. Line breaks and spaces are dropped, digits fold
    to ``0`` (amounts, dates and phone numbers vary; their shape is what counts).
    """
    s = _DIGIT.sub("0", _SPACE.sub("", norm))
    out: Counter[str] = Counter()
    for n in NGRAMS:
        for i in range(len(s) - n + 1):
            out[s[i:i + n]] += 1
    out[f"@sender:{sender_kind}"] += 1
    if sender_digits:
        out[f"@sender:{sender_digits[:2]}"] += 1
    return out


def typed_norm(text: str) -> str:
    """``TextDoc.norm`` of typed text, as ``inspect_text`` builds it (for training and tests)."""
    from .text import Line, TextDoc

    return TextDoc([Line(chars=list(t), boxes=[None] * len(t)) for t in text.splitlines()], typed_wraps=True).norm


def unit_weights(feats: Counter[str]) -> dict[str, float]:
    """Counts scaled to unit length, so a long page and a short SMS weigh alike."""
    norm = math.sqrt(sum(v * v for v in feats.values())) or 1.0
    return {k: v / norm for k, v in feats.items()}


@dataclass(frozen=True)
class LawfulReading:
    """A trained model: feature weights, a bias, and what it was trained on."""

    weights: dict[str, float]
    bias: float
    trained_on: tuple[str, ...] = ()
    data_sha256: str = ""  # of the training items (``bench/train_lawful.py data_digest``)
    source: str = "lawful_reading.json"

    def probability(self, feats: Counter[str]) -> float:
        """P(the text is lawful) for the features of one text."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in unit_weights(feats).items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def cues(self, feats: Counter[str], k: int = 6) -> list[str]:
        """The ``k`` longest-reaching n-grams that pulled the text towards lawful, strongest first."""
        scored = [(self.weights.get(f, 0.0) * v, f) for f, v in unit_weights(feats).items()
                  if len(f) > 1 and all(ch.isalnum() for ch in f)]
        scored.sort(reverse=True)
        out: list[str] = []
        for w, f in scored:
            if w <= 0 or len(out) >= k:
                break
            if not any(f in o or o in f for o in out):
                out.append(f)
        return out

    def to_json(self) -> str:
        return json.dumps({"format": 1, "kind": "logistic regression over character n-grams",
                           "ngrams": list(NGRAMS), "trained_on": list(self.trained_on),
                           "data_sha256": self.data_sha256,
                           "bias": round(self.bias, 5),
                           "weights": dict(sorted((k, round(v, 5)) for k, v in self.weights.items()))},
                          ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def read_model_file(name: str | Path, what: str, script: str) -> tuple[dict, str]:
    """A model file's JSON and its label for messages: shipped in ``inspector/rules`` (a bare
    name) or at a path. Checks the format and the n-grams; ``what`` and ``script`` name the
    model and the script that rebuilds it."""
    path = Path(name)
    try:
        if path.parent == Path("."):
            text = resources.files("inspector").joinpath("rules", str(path)).read_text(encoding="utf-8")
            label = f"inspector/rules/{path}"
        else:
            text = path.read_text(encoding="utf-8")
            label = str(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{name}: cannot read the {what} ({exc}); "
                            f"rebuild it with `python {script}`.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RuleFileError(f"{label}: line {exc.lineno}: not valid JSON ({exc.msg}).") from None
    if not isinstance(data, dict) or data.get("format") != 1:
        raise RuleFileError(f"{label}: field 'format': expected 1, the only model format this inspector reads.")
    if list(data.get("ngrams", [])) != list(NGRAMS):
        raise RuleFileError(f"{label}: field 'ngrams': expected {list(NGRAMS)}, the features this inspector computes.")
    return data, label


def checked_weights(where: str, model: dict) -> tuple[dict[str, float], float]:
    """A model's ``weights`` and ``bias``, each checked to be finite numbers."""
    bias = model.get("bias")
    if not _finite(bias):
        raise RuleFileError(f"{where}: field 'bias': expected a finite number.")
    weights = model.get("weights")
    if not isinstance(weights, dict) or not weights:
        raise RuleFileError(f"{where}: field 'weights': expected a non-empty mapping of n-gram to number.")
    for k, v in weights.items():
        if not _finite(v):
            raise RuleFileError(f"{where}: field 'weights', key {k!r}: expected a finite number, got {v!r}.")
    return {str(k): float(v) for k, v in weights.items()}, float(bias)


def _finite(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def load(name: str | Path = "lawful_reading.json") -> LawfulReading:
    """The model shipped in ``inspector/rules`` (a bare name) or one at a path; validated."""
    data, label = read_model_file(name, "lawful-reading model", "bench/train_lawful.py")
    weights, bias = checked_weights(label, data)
    trained = data.get("trained_on", [])
    return LawfulReading(weights=weights, bias=bias,
                         trained_on=tuple(str(t) for t in trained), data_sha256=str(data.get("data_sha256", "")),
                         source=label)
