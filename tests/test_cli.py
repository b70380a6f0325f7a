"""The command line: ``inspector scan`` and ``inspector check``.

Most tests run ``main([...])`` in-process with a fake Inspector (it decides
by file name, so no OCR is needed and a scan takes milliseconds). The fake
logs every image it inspects to a file, which also works from worker
processes, so resume tests can count exactly what was redone. The tests
marked ``e2e`` run the real pipeline, in-process and as a subprocess
(``python -m inspector``), on a few rendered letters.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from inspector import cli
from inspector.errors import MissingDependencyError, RuleFileError
from inspector.model import SEVERITIES, Evidence, Finding, Report, Seal

REPO = Path(__file__).resolve().parents[1]
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# --------------------------------------------------------------------------- fixtures


def draw_letter(path: Path, lines: list[str], size: tuple[int, int] = (900, 600), fmt: str | None = None) -> Path:
    """A white page with Chinese text lines, as a phone screenshot or scan would show them."""
    img = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype(FONT, 34)
    except OSError:  # pragma: no cover - the font is installed on the dev machines
        font = ImageFont.load_default()
    for i, line in enumerate(lines):
        d.text((40, 40 + i * 60), line, fill="black", font=font)
    img.save(path, format=fmt)
    return path


FORGED_LINES = ["律师函", "请于24小时内还清全部欠款，", "否则我们将立即起诉，", "并将你列入失信被执行人名单。"]
PLAIN_LINES = ["会议通知", "明天上午十点在三楼会议室开会。", "请各位准时参加。"]


class FakeInspector:
    """Stands in for ``inspector.api.Inspector``: findings decided by the file's name.

    A name containing ``forged`` gets a high and a low finding; ``poison``
    kills the worker process (never the test process). Every inspection is
    logged to the file named by $FAKE_INSPECTOR_LOG.
    """

    parent_pid = os.getpid()
    check_error: Exception | None = None

    def __init__(self, langs: str = "chi_sim+eng", rules=None, lang: str = "zh") -> None:
        if rules and "bad" in str(rules):
            raise RuleFileError(f"{rules}: rule 'x': unknown field 'patern'")
        self.lang = lang

    def check(self) -> None:
        if FakeInspector.check_error is not None:
            raise FakeInspector.check_error

    def inspect(self, loaded) -> Report:
        name = loaded.name or ""
        log = os.environ.get("FAKE_INSPECTOR_LOG")
        if log:
            with open(log, "a", encoding="utf-8") as f:
                f.write(name + "\n")
        if "poison" in name and os.getpid() != FakeInspector.parent_pid:
            os._exit(9)  # what a native crash in a worker looks like to the parent
        findings: tuple[Finding, ...] = ()
        if "forged" in name:
            findings = (
                Finding("lawsuit.threat", "high", "立即起诉", "为什么", "真相", (Evidence("立即起诉", (40, 160, 300, 40)),),
                        texts={"en": {"title": "Lawsuit threat", "explanation": "why", "truth": "truth"}}),
                Finding("pressure.deadline", "low", "限时", "为什么", "真相", (Evidence("24小时内", (40, 100, 200, 40)),)),
            )
        verdict = "likely_forged" if findings else "no_markers"
        w, h = loaded.size
        return Report(doc_type="lawyer_letter" if findings else "other", verdict=verdict, findings=findings,
                      seals=(Seal(box=(w - 120, h - 120, 100, 100), score=0.9),) if "seal" in name else (),
                      text="律师函", image_size=(w, h), versions={"inspector": "fake"})


@pytest.fixture
def fake(monkeypatch, tmp_path) -> Path:
    """Use FakeInspector; return the path of its inspection log."""
    log = tmp_path / "inspected.log"
    log.touch()
    monkeypatch.setenv("FAKE_INSPECTOR_LOG", str(log))
    monkeypatch.setattr(cli, "_inspector_class", lambda: FakeInspector)
    monkeypatch.setattr(FakeInspector, "check_error", None)
    monkeypatch.setattr(cli, "filter_report", _fallback_filter)
    return log


def _fallback_filter(report: Report, min_severity: str, rules=None) -> Report:
    # The fake runs without the pipeline's rule set, so it filters by itself.
    floor = SEVERITIES.index(min_severity)
    kept = tuple(f for f in report.findings if SEVERITIES.index(f.severity) >= floor)
    return dataclasses.replace(report, findings=kept, verdict=report.verdict if kept else "no_markers")


def inspected(log: Path) -> list[str]:
    return sorted(line for line in log.read_text(encoding="utf-8").splitlines() if line)


@pytest.fixture
def folder(tmp_path) -> Path:
    """Four good images (two forged, nested), the bad files the issue names, and link traps."""
    root = tmp_path / "photos"
    (root / "nested" / "deeper").mkdir(parents=True)
    draw_letter(root / "forged_letter.png", FORGED_LINES)
    draw_letter(root / "plain.jpg", PLAIN_LINES, fmt="JPEG")
    draw_letter(root / "nested" / "forged_seal.webp", FORGED_LINES, fmt="WEBP")
    # An image without an image name: found by content.
    draw_letter(root / "nested" / "deeper" / "screenshot_no_suffix", PLAIN_LINES, fmt="PNG")
    good = (root / "plain.jpg").read_bytes()
    (root / "truncated.jpg").write_bytes(good[: len(good) // 3])          # corrupt: JPEG magic, cut off
    (root / "empty.jpg").write_bytes(b"")                                  # zero bytes
    (root / "notes_named.jpg").write_text("这不是图片 just notes", encoding="utf-8")  # text named .jpg
    (root / "notes.txt").write_text("ordinary notes, skipped silently", encoding="utf-8")
    (root / ".hidden.png").write_bytes((root / "forged_letter.png").read_bytes())
    outside = tmp_path / "outside"
    outside.mkdir()
    draw_letter(outside / "secret.png", PLAIN_LINES)
    (root / "nested" / "loop").symlink_to(root, target_is_directory=True)   # link loop
    (root / "escape").symlink_to(outside, target_is_directory=True)         # leaves the folder
    (root / "escape_file.png").symlink_to(outside / "secret.png")           # leaves the folder
    (root / "nested" / "again.png").symlink_to(root / "forged_letter.png")  # same file twice
    return root


GOOD = ["forged_letter.png", "nested/deeper/screenshot_no_suffix", "nested/forged_seal.webp", "plain.jpg"]
BAD = ["empty.jpg", "notes_named.jpg", "truncated.jpg"]


def read_rows(out: Path) -> dict[str, dict]:
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == len({r["file"] for r in rows}), "one line per image"
    return {r["file"]: r for r in rows}


def read_csv(out: Path) -> dict[str, dict]:
    with open(out / "summary.csv", encoding="utf-8-sig", newline="") as f:
        return {r["file"]: r for r in csv.DictReader(f)}


def no_temp_files(out: Path) -> bool:
    return not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


# --------------------------------------------------------------------------- discovery


@pytest.mark.parametrize(
    "head, fmt",
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "WEBP"),
        (b"II*\x00\x08\x00", "TIFF"),
        (b"MM\x00*\x00\x08", "TIFF"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00", "HEIF"),
        (b"BM" + b"\x00" * 12 + (40).to_bytes(4, "little"), "BMP"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"BMW is a car brand, not a bitmap", None),
        (b"hello world", None),
        (b"", None),
        (b"\x00\x00\x00\x18ftypmp42", None),  # a video, not a picture
    ],
    ids=["jpeg", "png", "webp", "tiff-le", "tiff-be", "heic", "bmp", "gif", "bm-text", "text", "empty", "mp4"],
)
def test_sniff_image(head: bytes, fmt: str | None) -> None:
    assert cli.sniff_image(head) == fmt


def test_find_images_walks_by_content_and_stays_inside(folder: Path) -> None:
    found, skipped, notes = cli.find_images(folder)
    assert sorted(c.rel for c in found) == sorted(GOOD + BAD)
    assert skipped == 1  # notes.txt
    joined = "\n".join(notes)
    assert "escape: link leads outside" in joined and "escape_file.png: link leads outside" in joined
    assert "nested/loop: link to a folder already scanned" in joined


def test_find_images_excludes_output_inside_folder(folder: Path) -> None:
    out = folder / "report"
    (out / "annotated").mkdir(parents=True)
    shutil.copy(folder / "plain.jpg", out / "annotated" / "x.jpg")
    found, _, _ = cli.find_images(folder, exclude=[out])
    assert all(not c.rel.startswith("report/") for c in found)


def test_safe_names_are_flat_and_unique() -> None:
    a, b = cli.safe_name("a/b.jpg"), cli.safe_name("a__b.jpg")
    assert a != b and "/" not in a and a.endswith(".jpg")
    assert cli.safe_name("../../etc/passwd").startswith("_")
    assert "/" not in cli.safe_name("证据/催收 短信#1.png")


# --------------------------------------------------------------------------- scan, in-process


def test_scan_writes_every_output(fake: Path, folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    code = cli.main(["scan", str(folder), "--out", str(out), "--workers", "1"])
    assert code == 4, "unreadable inputs win over markers"
    captured = capsys.readouterr()
    assert captured.out == "", "stdout is for --json only"
    assert "error: truncated.jpg" in captured.err and "Traceback" not in captured.err

    rows = read_rows(out)
    assert sorted(rows) == sorted(GOOD + BAD)
    for name in GOOD:
        r = rows[name]
        assert r["ok"] and r["error"] is None and len(r["sha256"]) == 64
        assert (out / r["annotated"]).is_file()
    for name in BAD:
        assert not rows[name]["ok"] and rows[name]["report"] is None
        assert rows[name]["error"].startswith(name + ":")
    assert "empty" in rows["empty.jpg"]["error"]
    assert rows["forged_letter.png"]["report"]["markers"] == ["lawsuit.threat", "pressure.deadline"]
    assert inspected(fake) == sorted(GOOD), "each image inspected once; the symlinked copy is not"

    table = read_csv(out)
    assert sorted(table) == sorted(GOOD + BAD)
    assert table["forged_letter.png"]["verdict"] == "likely_forged"
    assert table["forged_letter.png"]["markers"] == "lawsuit.threat pressure.deadline"
    assert table["nested/forged_seal.webp"]["seals"] == "1"
    assert table["plain.jpg"]["verdict"] == "no_markers"
    assert table["empty.jpg"]["verdict"] == "error" and table["empty.jpg"]["error"]

    page = (out / "report.html").read_text(encoding="utf-8")
    for name in GOOD + BAD:
        assert name in page
    assert "<code>lawsuit.threat</code></td><td>2</td>" in page
    assert len(list((out / "annotated").iterdir())) == len(GOOD)
    assert no_temp_files(out)


@pytest.mark.parametrize(
    "names, expected",
    [
        (["plain.png"], 0),
        (["plain.png", "forged.png"], 1),
        (["forged.png", "broken.jpg"], 4),
    ],
    ids=["clean-0", "markers-1", "unreadable-4"],
)
def test_scan_exit_codes(fake: Path, tmp_path: Path, names: list[str], expected: int) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in names:
        if n == "broken.jpg":
            (src / n).write_bytes(b"\xff\xd8\xff\xe0garbage")
        else:
            draw_letter(src / n, PLAIN_LINES, size=(300, 200))
    assert cli.main(["scan", str(src), "--out", str(tmp_path / "out"), "--quiet", "--workers", "1"]) == expected


def test_scan_json_lines_on_stdout(fake: Path, folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    cli.main(["scan", str(folder), "--out", str(out), "--workers", "1", "--json", "--quiet"])
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert sorted(r["file"] for r in lines) == sorted(GOOD + BAD)
    assert all({"file", "sha256", "ok", "error", "report"} <= set(r) for r in lines)
    # On a rerun nothing is inspected, but the results of the folder are still printed.
    cli.main(["scan", str(folder), "--out", str(out), "--workers", "1", "--json", "--quiet"])
    again = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["file"] for r in again) == sorted(GOOD + BAD)


def test_resume_after_limit_inspects_only_the_rest(fake: Path, folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    args = ["scan", str(folder), "--out", str(out), "--workers", "1"]
    cli.main(args + ["--limit", "3"])
    assert len(read_rows(out)) == 3, "--limit counts images tried, error rows included"
    first = inspected(fake)
    assert 1 <= len(first) < len(GOOD)
    assert "--limit" in capsys.readouterr().err

    fake.write_text("")
    assert cli.main(args) == 4
    second = inspected(fake)
    assert set(second) == set(GOOD) - set(first), "images done before are not inspected again"
    assert sorted(read_rows(out)) == sorted(GOOD + BAD)
    assert "already done" in capsys.readouterr().err

    fake.write_text("")
    cli.main(args)
    assert inspected(fake) == [], "a finished scan redoes nothing (error rows are retried but fail before OCR)"

    fake.write_text("")
    cli.main(args + ["--force"])
    assert inspected(fake) == sorted(GOOD)
    assert sorted(read_rows(out)) == sorted(GOOD + BAD), "--force leaves one line per image"


def test_killed_scan_writes_reports_and_resumes(fake: Path, folder: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    """SIGTERM mid-scan (like Ctrl-C): exit 130, reports cover what was done, a rerun does the rest."""
    real_inspect = FakeInspector.inspect
    calls = []

    def inspect_then_die(self, loaded):
        calls.append(loaded.name)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGTERM)
        return real_inspect(self, loaded)

    monkeypatch.setattr(FakeInspector, "inspect", inspect_then_die)
    out = tmp_path / "out"
    args = ["scan", str(folder), "--out", str(out), "--workers", "1", "--quiet"]
    handler_before = signal.getsignal(signal.SIGTERM)
    assert cli.main(args) == 130
    assert "interrupted" in capsys.readouterr().err
    done = read_rows(out)
    assert 1 <= len([r for r in done.values() if r["ok"]]) < len(GOOD)
    assert set(read_csv(out)) == set(done) and no_temp_files(out)
    assert signal.getsignal(signal.SIGTERM) == handler_before, "the scan puts the old handler back"

    monkeypatch.setattr(FakeInspector, "inspect", real_inspect)
    fake.write_text("")
    assert cli.main(args) == 4
    assert set(inspected(fake)).isdisjoint(r["file"] for r in done.values() if r["ok"])
    assert sorted(read_rows(out)) == sorted(GOOD + BAD)


def test_resume_redoes_changed_and_reuses_renamed_images(fake: Path, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["scan", str(folder), "--out", str(out), "--workers", "1", "--quiet"]
    cli.main(args)
    draw_letter(folder / "plain.jpg", FORGED_LINES, fmt="JPEG")                 # content changed
    shutil.copy(folder / "forged_letter.png", folder / "copy_of_forged.png")  # same content, new name
    fake.write_text("")
    cli.main(args)
    assert inspected(fake) == ["plain.jpg"]
    rows = read_rows(out)
    assert rows["copy_of_forged.png"]["report"] == rows["forged_letter.png"]["report"]
    assert (out / rows["copy_of_forged.png"]["annotated"]).is_file()
    assert rows["copy_of_forged.png"]["annotated"] != rows["forged_letter.png"]["annotated"]


def test_changed_settings_are_not_resumed(fake: Path, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["scan", str(folder), "--out", str(out), "--workers", "1", "--quiet"]
    cli.main(args)
    fake.write_text("")
    cli.main(args + ["--min-severity", "high"])
    assert inspected(fake) == sorted(GOOD)
    rows = read_rows(out)
    assert rows["forged_letter.png"]["report"]["markers"] == ["lawsuit.threat"], "the low finding is filtered out"


def test_torn_last_line_is_ignored_and_repaired(fake: Path, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["scan", str(folder), "--out", str(out), "--workers", "1", "--quiet"]
    cli.main(args + ["--limit", "3"])
    with open(out / "results.jsonl", "a", encoding="utf-8") as f:
        f.write('{"file": "plain.jpg", "sha256": "ab')  # a crash in the middle of an append
    fake.write_text("")
    cli.main(args)
    rows = read_rows(out)  # parses: the torn line is gone
    assert sorted(rows) == sorted(GOOD + BAD)
    assert inspected(fake) == ["nested/forged_seal.webp", "plain.jpg"], "walk order is sorted, so --limit 3 did the first three"


def test_crash_while_writing_keeps_the_previous_report(fake: Path, folder: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    out = tmp_path / "out"
    args = ["scan", str(folder), "--out", str(out), "--workers", "1", "--quiet"]
    cli.main(args)
    before = {name: (out / name).read_bytes() for name in ("results.jsonl", "summary.csv", "report.html")}

    real_replace = os.replace

    def crash_on_report(src, dst, *a, **kw):
        if str(dst).endswith("report.html"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst, *a, **kw)

    real_write = cli.atomic_write_bytes

    def half_write(path, data):
        # Die after half the bytes reached the temporary file, like a kill -9.
        if str(path).endswith("summary.csv"):
            tmp = cli._tmp_path(Path(path))
            tmp.write_bytes(data[: len(data) // 2])
            raise KeyboardInterrupt
        return real_write(path, data)

    monkeypatch.setattr(cli.os, "replace", crash_on_report)
    code = cli.main(args + ["--force"])
    assert code == cli.EXIT_INTERNAL_ERROR
    assert "No space left on device" in capsys.readouterr().err
    assert (out / "report.html").read_bytes() == before["report.html"]
    assert no_temp_files(out)

    monkeypatch.setattr(cli.os, "replace", real_replace)
    monkeypatch.setattr(cli, "atomic_write_bytes", half_write)
    cli.main(args + ["--force"])
    assert (out / "summary.csv").read_bytes() == before["summary.csv"]
    assert not no_temp_files(out), "the simulated kill leaves its temporary file..."
    monkeypatch.setattr(cli, "atomic_write_bytes", real_write)
    cli.main(args)
    assert no_temp_files(out), "...and the next run removes it"
    assert read_csv(out).keys() == set(GOOD + BAD)


def test_output_folder_inside_the_scanned_folder(fake: Path, folder: Path) -> None:
    for out in (folder / "report", folder):  # a subfolder, and the folder itself
        args = ["scan", str(folder), "--out", str(out), "--workers", "1", "--quiet"]
        cli.main(args)
        cli.main(args + ["--force"])
        assert sorted(read_rows(out)) == sorted(GOOD + BAD), "annotated copies are never scanned as inputs"


def test_workers_two_and_a_crashing_worker(fake: Path, folder: Path, tmp_path: Path) -> None:
    shutil.copy(folder / "plain.jpg", folder / "poison.jpg")
    (folder / "poison.jpg").write_bytes((folder / "plain.jpg").read_bytes() + b"\x00")  # distinct content
    out = tmp_path / "out"
    code = cli.main(["scan", str(folder), "--out", str(out), "--workers", "2", "--quiet"])
    assert code == 4
    rows = read_rows(out)
    assert sorted(rows) == sorted(GOOD + BAD + ["poison.jpg"])
    assert rows["poison.jpg"]["error_type"] == "WorkerCrashed"
    assert all(rows[n]["ok"] for n in GOOD), "images that shared the pool with the crash are retried, not lost"
    assert no_temp_files(out)


def test_progress_bar_only_on_a_terminal(fake: Path, folder: Path, tmp_path: Path, capsys) -> None:
    cli.main(["scan", str(folder), "--out", str(tmp_path / "out"), "--workers", "1"])
    assert "\r" not in capsys.readouterr().err  # capsys is not a TTY
    buf = io.StringIO()
    bar = cli.Progress(10, buf, enabled=True)
    for _ in range(10):
        bar.update()
    bar.close()
    assert "10/10" in buf.getvalue() and "img/s" in buf.getvalue() and "left" in buf.getvalue()


def test_quiet_scan_prints_only_errors(fake: Path, folder: Path, tmp_path: Path, capsys) -> None:
    cli.main(["scan", str(folder), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"])
    err = capsys.readouterr().err
    assert "scan:" not in err and "note:" not in err


# --------------------------------------------------------------------------- errors and exit codes


@pytest.mark.parametrize(
    "argv",
    [
        ["scan"],
        ["scan", "{missing}"],
        ["scan", "{folder}", "--workers", "0"],
        ["scan", "{folder}", "--min-severity", "extreme"],
        ["scan", "{folder}", "--rules", "{missing}"],
        ["scan", "{folder}", "--rules", "{bad_rules}"],
        ["check", "{folder}"],
        ["frobnicate"],
        [],
    ],
    ids=["no-folder", "missing-folder", "zero-workers", "bad-severity", "missing-rules", "bad-rules",
         "check-a-folder", "unknown-command", "no-command"],
)
def test_usage_errors_exit_2(fake: Path, folder: Path, tmp_path: Path, argv: list[str], capsys) -> None:
    bad_rules = tmp_path / "bad_rules.yaml"
    bad_rules.write_text("- id: x\n  patern: y\n")
    argv = [a.format(folder=folder, missing=tmp_path / "nope", bad_rules=bad_rules) for a in argv]
    assert cli.main(argv + ["--out", str(tmp_path / "o")] if argv[:1] == ["scan"] and len(argv) > 1 else argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_missing_tesseract_exits_3_with_one_line(fake: Path, folder: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(FakeInspector, "check_error", MissingDependencyError(
        "Tesseract OCR is not installed. Install it with: apt-get install -y tesseract-ocr tesseract-ocr-chi-sim"))
    assert cli.main(["scan", str(folder), "--out", str(tmp_path / "o")]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "apt-get install" in err
    assert cli.main(["check", str(folder / "plain.jpg")]) == 3
    assert cli.main(["check", str(folder / "plain.jpg"), "--debug"]) == 3
    assert "Traceback" in capsys.readouterr().err, "--debug shows where it came from"


def test_check_prints_a_readable_report(fake: Path, folder: Path, capsys) -> None:
    assert cli.main(["check", str(folder / "forged_letter.png"), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("This looks forged: 2 warning signs")
    assert "1. [high] Lawsuit threat" in out and '"立即起诉"' in out
    assert cli.main(["check", str(folder / "plain.jpg")]) == 0
    assert "不能证明它是真的" in capsys.readouterr().out


def test_check_json_html_and_severity(fake: Path, folder: Path, tmp_path: Path, capsys) -> None:
    page = tmp_path / "r.html"
    assert cli.main(["check", str(folder / "forged_letter.png"), "--json", "--min-severity", "high",
                     "--html", str(page)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["markers"] == ["lawsuit.threat"]
    assert "data:image/jpeg;base64," in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["truncated.jpg", "empty.jpg", "notes_named.jpg", "does_not_exist.png"])
def test_check_unreadable_exits_4(fake: Path, folder: Path, name: str, capsys) -> None:
    assert cli.main(["check", str(folder / name)]) == 4
    err = capsys.readouterr().err
    assert err.startswith("inspector: ") and err.count("\n") == 1


def test_internal_error_is_one_line_and_exit_5(fake: Path, folder: Path, monkeypatch, capsys) -> None:
    def boom(self, loaded):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(FakeInspector, "inspect", boom)
    assert cli.main(["check", str(folder / "plain.jpg")]) == 5
    err = capsys.readouterr().err
    assert "internal error" in err and "Traceback" not in err


def test_help_documents_exit_codes(capsys) -> None:
    assert cli.main(["scan", "--help"]) == 0
    text = capsys.readouterr().out
    for code in ("0", "1", "2", "3", "4"):
        assert f"\n  {code}    " in text


def test_csv_cells_cannot_become_formulas() -> None:
    text = cli.summary_csv([{"file": "=HYPERLINK(\"x\")", "ok": False, "error": "-1+1"}])
    assert "'=HYPERLINK" in text and "'-1+1" in text


# --------------------------------------------------------------------------- the real pipeline

def _real_pipeline_ready() -> bool:
    try:
        from inspector.api import Inspector

        Inspector().check()
        return True
    except Exception:
        return False


e2e = pytest.mark.skipif(not _real_pipeline_ready(), reason="needs inspector.api and Tesseract with chi_sim")


@pytest.fixture
def real_folder(tmp_path: Path) -> Path:
    root = tmp_path / "letters"
    (root / "sub").mkdir(parents=True)
    draw_letter(root / "forged.png", FORGED_LINES)
    draw_letter(root / "sub" / "plain.jpg", PLAIN_LINES, fmt="JPEG")
    (root / "zero.jpg").write_bytes(b"")
    return root


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("FAKE_INSPECTOR_LOG", None)
    return env


@e2e
def test_e2e_check_subprocess(real_folder: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "inspector", "check", str(real_folder / "forged.png"), "--json"],
                          capture_output=True, text=True, env=_env(), timeout=120)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["markers"], "a forged lawyer's letter without a seal must raise markers"
    assert report["verdict"] in ("likely_forged", "suspicious")


@e2e
def test_e2e_scan_subprocess_then_resume(real_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "inspector", "scan", str(real_folder), "--out", str(out), "--workers", "2"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=300)
    assert proc.returncode == 4, proc.stderr
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr and "zero.jpg" in proc.stderr
    rows = read_rows(out)
    assert sorted(rows) == ["forged.png", "sub/plain.jpg", "zero.jpg"]
    assert rows["forged.png"]["ok"] and rows["forged.png"]["report"]["markers"]
    assert rows["forged.png"]["report"]["versions"], "output says what produced it"
    assert (out / rows["forged.png"]["annotated"]).is_file()
    assert set(read_csv(out)) == set(rows)
    assert "forged.png" in (out / "report.html").read_text(encoding="utf-8")

    proc = subprocess.run(cmd + ["--json"], capture_output=True, text=True, env=_env(), timeout=300)
    assert proc.returncode == 4
    assert "2 already done" in proc.stderr and "1 to inspect" in proc.stderr
    again = read_rows(out)
    assert again["forged.png"]["inspected_at"] == rows["forged.png"]["inspected_at"]
    assert len(proc.stdout.splitlines()) == 3


@e2e
def test_e2e_scan_in_process(real_folder: Path, tmp_path: Path) -> None:
    (real_folder / "zero.jpg").unlink()
    out = tmp_path / "out"
    assert cli.main(["scan", str(real_folder), "--out", str(out), "--workers", "1", "--quiet"]) == 1
    rows = read_rows(out)
    assert rows["forged.png"]["report"]["findings"]
    assert all(r["ok"] for r in rows.values())
