"""Loader: every accepted input kind, every bad-input case, caller's input untouched."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

import inspector
from inspector.errors import BadImageError, ImageTooLargeError, InspectorError
from inspector.imageio import MAX_PIXELS, load_image


def _page(w: int = 120, h: int = 80) -> Image.Image:
    img = Image.new("RGB", (w, h), "white")
    img.paste((200, 30, 40), (10, 10, 40, 30))  # a red mark, so orientation is visible
    return img


def _encode(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "BMP", "TIFF"])
def test_accepted_formats(fmt: str) -> None:
    loaded = load_image(_encode(_page(), fmt))
    assert loaded.bgr.shape == (80, 120, 3)
    assert loaded.bgr.dtype == np.uint8


def test_path_and_pathlike(tmp_path) -> None:
    p = tmp_path / "page.png"
    _page().save(p)
    assert load_image(str(p)).size == (120, 80)
    assert load_image(p).size == (120, 80)


def test_exif_orientation_is_applied() -> None:
    img = _page(120, 80)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    data = _encode(img, "JPEG", exif=exif.tobytes())
    loaded = load_image(data)
    assert loaded.size == (80, 120)  # upright: width and height swap
    assert loaded.metadata.get("orientation") == "6"


def test_software_metadata_is_read() -> None:
    exif = Image.Exif()
    exif[0x0131] = "Adobe Photoshop 25.0"
    loaded = load_image(_encode(_page(), "JPEG", exif=exif.tobytes()))
    assert loaded.metadata["software"] == "Adobe Photoshop 25.0"


def test_pil_input_not_modified() -> None:
    img = _page()
    before = img.tobytes()
    loaded = load_image(img)
    loaded.bgr[:] = 0
    assert img.tobytes() == before


def test_numpy_input_not_modified_and_bgr_kept() -> None:
    arr = np.full((40, 50, 3), 255, np.uint8)
    arr[0, 0] = (10, 20, 30)
    loaded = load_image(arr)
    loaded.bgr[:] = 0
    assert tuple(arr[0, 0]) == (10, 20, 30)
    assert tuple(load_image(arr).bgr[0, 0]) == (10, 20, 30)  # BGR stays BGR


def test_grey_and_bgra_arrays() -> None:
    assert load_image(np.zeros((30, 30), np.uint8)).bgr.shape == (30, 30, 3)
    bgra = np.zeros((30, 30, 4), np.uint8)  # fully transparent: laid on white
    assert load_image(bgra).bgr.min() == 255


def test_rgba_png_laid_on_white() -> None:
    img = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    assert load_image(_encode(img, "PNG")).bgr.min() == 255


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"hello, this is a text file pretending to be a photo", "not an image"),
        (b"GIF89a" + b"\0" * 100, "not an image"),
    ],
    ids=["empty", "text", "broken-gif"],
)
def test_bad_bytes(data: bytes, words: str) -> None:
    with pytest.raises(BadImageError, match=words):
        load_image(data)


def test_unsupported_format_named() -> None:
    gif = _encode(_page(), "GIF")
    with pytest.raises(BadImageError, match="GIF files are not supported"):
        load_image(gif)


def test_truncated_jpeg() -> None:
    data = _encode(_page(400, 300), "JPEG", quality=95)
    with pytest.raises(BadImageError, match="damaged or incomplete"):
        load_image(data[: len(data) // 2])


def test_decompression_bomb() -> None:
    side = int(MAX_PIXELS ** 0.5) + 200
    img = Image.new("1", (side, side))  # 1-bit: tiny file, huge picture
    data = _encode(img, "PNG")
    assert len(data) < 2_000_000
    with pytest.raises(ImageTooLargeError, match="too large"):
        load_image(data)


def test_tiny_image() -> None:
    with pytest.raises(BadImageError, match="only 4x4"):
        load_image(_encode(Image.new("RGB", (4, 4)), "PNG"))


def test_missing_file_and_folder(tmp_path) -> None:
    with pytest.raises(BadImageError, match="no such file"):
        load_image(tmp_path / "nope.jpg")
    with pytest.raises(BadImageError, match="folder"):
        load_image(tmp_path)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(BadImageError, match="empty"):
        load_image(empty)


@pytest.mark.parametrize("bad", [3.5, None, ["a"], np.zeros((30, 30), np.float32), np.zeros((30, 30, 2), np.uint8)],
                         ids=["float", "none", "list", "float-array", "two-channel"])
def test_wrong_types(bad) -> None:
    with pytest.raises(BadImageError):
        load_image(bad)


def test_errors_are_one_family() -> None:
    assert issubclass(BadImageError, InspectorError)
    assert issubclass(inspector.MissingDependencyError, InspectorError)
    assert issubclass(inspector.RuleFileError, InspectorError)
