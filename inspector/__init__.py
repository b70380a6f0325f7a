"""Collection-document inspector: forgery and intimidation markers on photos and screenshots.

    import inspector
    report = inspector.inspect_image("letter.jpg")
    report.verdict, report.doc_type, report.findings, report.seals

See README.md and the spec in shared/spec/api.md.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import Inspector, filter_report, inspect_image, inspect_text  # noqa: E402
from .errors import (  # noqa: E402
    BadImageError,
    ImageTooLargeError,
    InspectorError,
    MissingDependencyError,
    RuleFileError,
)
from .imageio import load_image  # noqa: E402
from .model import Evidence, Finding, Message, Report, Seal, Word  # noqa: E402
from .rules import RuleSet  # noqa: E402

__all__ = [
    "__version__",
    "Inspector",
    "inspect_image",
    "inspect_text",
    "filter_report",
    "load_image",
    "Report",
    "Finding",
    "Evidence",
    "Seal",
    "Message",
    "Word",
    "RuleSet",
    "InspectorError",
    "BadImageError",
    "ImageTooLargeError",
    "MissingDependencyError",
    "RuleFileError",
]
