"""The one exception family callers need to know.

Every error carries the process exit code the command line uses for it and a
message that says what went wrong and what to do about it.
"""
from __future__ import annotations

# Exit codes shared by the command line and documented in the README.
EXIT_NO_MARKERS = 0
EXIT_MARKERS_FOUND = 1
EXIT_USAGE = 2
EXIT_MISSING_DEPENDENCY = 3
EXIT_UNREADABLE_INPUT = 4


class InspectorError(Exception):
    """Base class of every error the inspector raises on purpose."""

    exit_code = EXIT_USAGE


class BadImageError(InspectorError):
    """The input is not an image the inspector can read (wrong type, truncated, empty)."""

    exit_code = EXIT_UNREADABLE_INPUT


class ImageTooLargeError(BadImageError):
    """The image is too large to be a real photo or screenshot (decompression bomb)."""


class MissingDependencyError(InspectorError):
    """Tesseract or its language data is not installed."""

    exit_code = EXIT_MISSING_DEPENDENCY


class RuleFileError(InspectorError):
    """A rule file is malformed; the message names the file, the rule and the field."""

    exit_code = EXIT_USAGE
