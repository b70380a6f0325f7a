"""Turn whatever the caller hands us into one upright BGR array, or say why not.

All input checks live here: unsupported formats, truncated files, empty input
and decompression bombs become ``BadImageError`` subclasses with a message that
says what is wrong and what to do. The caller's object is never modified.
"""
from __future__ import annotations

import io
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

import numpy as np
from PIL import ExifTags, Image, ImageFile, ImageOps

from .errors import BadImageError, ImageTooLargeError

try:  # iPhone photos; optional, the core works without it
    import pillow_heif  # type: ignore

    pillow_heif.register_heif_opener()
    _HEIF = True
except Exception:  # pragma: no cover - depends on the machine
    _HEIF = False

ImageSource = Union[str, os.PathLike, bytes, bytearray, memoryview, Image.Image, np.ndarray]

# A 12-megapixel phone photo is 12e6 pixels; the largest phone cameras give
# ~50e6 (binned 200 MP sensors save 50 MP by default). Anything beyond this is
# not a picture a person took of a letter, and decoding it could exhaust memory.
MAX_PIXELS = 60_000_000
MAX_BYTES = 80 * 1024 * 1024

# Pillow format names we accept. MPO is what many phones write for JPEG.
ACCEPTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "BMP", "TIFF"} | ({"HEIF", "AVIF"} if _HEIF else set())
_FORMAT_HELP = "JPEG, PNG, WebP, BMP or TIFF" + (" (or HEIC)" if _HEIF else "")

# EXIF tags worth showing a person: who made the picture and with what.
_EXIF_KEEP = {
    "Make": "camera_make",
    "Model": "camera_model",
    "Software": "software",
    "ProcessingSoftware": "processing_software",
    "DateTime": "modified",
    "DateTimeOriginal": "captured",
    "DateTimeDigitized": "digitized",
    "Orientation": "orientation",
    "Artist": "artist",
    "HostComputer": "host_computer",
    "LensModel": "lens_model",
}


@dataclass
class LoadedImage:
    """The upright picture as a BGR uint8 array, with what we learned loading it."""

    bgr: np.ndarray
    format: str
    metadata: dict[str, str] = field(default_factory=dict)
    name: str | None = None

    @property
    def size(self) -> tuple[int, int]:
        h, w = self.bgr.shape[:2]
        return (w, h)


def _clean(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).replace("\x00", "").strip()


def read_metadata(img: Image.Image) -> dict[str, str]:
    """EXIF, XMP and PNG text fields that say where a picture came from.

    Missing metadata proves nothing: messengers strip it from every picture.
    """
    meta: dict[str, str] = {}
    try:
        exif = img.getexif()
    except Exception:
        exif = None
    if exif:
        merged: dict[int, Any] = dict(exif)
        try:  # DateTimeOriginal and friends live in the Exif sub-IFD
            merged.update(exif.get_ifd(ExifTags.IFD.Exif))
        except Exception:
            pass
        for tag_id, value in merged.items():
            name = ExifTags.TAGS.get(tag_id)
            if name in _EXIF_KEEP:
                text = _clean(value)
                if text:
                    meta[_EXIF_KEEP[name]] = text[:200]
    xmp = img.info.get("xmp") or img.info.get("XML:com.adobe.xmp")
    if xmp:
        text = _clean(xmp)
        for key in ("CreatorTool", "HistorySoftwareAgent", "softwareAgent"):
            for sep in ('="', ">"):
                start = text.find(f"{key}{sep}")
                if start >= 0:
                    start += len(key) + len(sep)
                    end = min(i for i in (text.find('"', start), text.find("<", start), len(text)) if i >= 0)
                    value = text[start:end].strip()
                    if value:
                        meta.setdefault("xmp_" + key.lower(), value[:200])
    for key in ("Software", "software", "Comment", "comment", "Description", "Author", "Creation Time"):
        value = img.info.get(key)
        if isinstance(value, (str, bytes)) and _clean(value):
            meta.setdefault("png_" + key.lower().replace(" ", "_"), _clean(value)[:200])
    return meta


def _to_bgr(img: Image.Image) -> np.ndarray:
    """Any Pillow mode to 8-bit BGR; transparency is laid on white paper."""
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(paper, rgba)
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(img, dtype=np.float64)
        top = float(arr.max()) or 1.0
        img = Image.fromarray((arr * (255.0 / top)).astype(np.uint8))
    rgb = np.asarray(img.convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])


def _open_pil(data: bytes | Path, name: str) -> LoadedImage:
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data) if isinstance(data, bytes) else data)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise ImageTooLargeError(
            f"{name}: the image is too large to inspect ({exc}). Send a photo or screenshot under "
            f"{MAX_PIXELS // 1_000_000} megapixels."
        ) from None
    except Exception as exc:
        raise BadImageError(
            f"{name}: this is not an image the inspector can read ({type(exc).__name__}). "
            f"Send a {_FORMAT_HELP} picture."
        ) from None
    with img:
        fmt = (img.format or "").upper()
        if fmt not in ACCEPTED_FORMATS:
            raise BadImageError(
                f"{name}: {fmt or 'this'} files are not supported. Save the picture as {_FORMAT_HELP} and try again."
            )
        w, h = img.size
        if w * h > MAX_PIXELS or w <= 0 or h <= 0:
            raise ImageTooLargeError(
                f"{name}: the image is {w}x{h} pixels, too large to be a real photo or screenshot. "
                f"Send a picture under {MAX_PIXELS // 1_000_000} megapixels."
            )
        if w < 16 or h < 16:
            raise BadImageError(f"{name}: the image is only {w}x{h} pixels; nothing can be read. Send the full picture.")
        try:
            if getattr(img, "n_frames", 1) > 1:
                img.seek(0)  # animated or multi-page: the first frame is the picture
            img.load()
            meta = read_metadata(img)
            upright = ImageOps.exif_transpose(img)
            bgr = _to_bgr(upright)
        except (OSError, SyntaxError, ValueError) as exc:
            raise BadImageError(
                f"{name}: the file is damaged or incomplete ({exc}). Send the original picture again."
            ) from None
    return LoadedImage(bgr=bgr, format=fmt, metadata=meta, name=name)


def load_image(source: ImageSource, name: str | None = None) -> LoadedImage:
    """Load a path, bytes, PIL image or numpy array as an upright BGR image.

    numpy arrays are taken as OpenCV does: 2-D grey, or 3-D BGR / BGRA uint8.
    Raises ``BadImageError`` (or ``ImageTooLargeError``) with a message that
    says what is wrong and what to do.
    """
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        label = name or path.name
        if not path.exists():
            raise BadImageError(f"{label}: no such file. Check the path.")
        if path.is_dir():
            raise BadImageError(f"{label}: this is a folder, not an image. Use 'inspector scan' for folders.")
        size = path.stat().st_size
        if size == 0:
            raise BadImageError(f"{label}: the file is empty (0 bytes). Send the original picture again.")
        if size > MAX_BYTES:
            raise ImageTooLargeError(f"{label}: the file is {size // 2**20} MB; the limit is {MAX_BYTES // 2**20} MB.")
        return _open_pil(path.read_bytes(), label)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        label = name or "upload"
        if not data:
            raise BadImageError(f"{label}: the file is empty (0 bytes). Send the original picture again.")
        if len(data) > MAX_BYTES:
            raise ImageTooLargeError(f"{label}: the file is {len(data) // 2**20} MB; the limit is {MAX_BYTES // 2**20} MB.")
        return _open_pil(data, label)
    if isinstance(source, Image.Image):
        label = name or "image"
        w, h = source.size
        if w * h > MAX_PIXELS:
            raise ImageTooLargeError(f"{label}: the image is {w}x{h} pixels, too large to inspect.")
        if w < 16 or h < 16:
            raise BadImageError(f"{label}: the image is only {w}x{h} pixels; nothing can be read.")
        meta = read_metadata(source)
        upright = ImageOps.exif_transpose(source)  # returns a copy; the caller's image is untouched
        return LoadedImage(bgr=_to_bgr(upright), format=(source.format or "PIL").upper(), metadata=meta, name=label)
    if isinstance(source, np.ndarray):
        return LoadedImage(bgr=_array_to_bgr(source, name or "array"), format="ARRAY", name=name or "array")
    raise BadImageError(
        f"cannot inspect a {type(source).__name__}: pass a file path, the file's bytes, a PIL image or a numpy array."
    )


def _array_to_bgr(arr: np.ndarray, label: str) -> np.ndarray:
    if arr.dtype != np.uint8:
        raise BadImageError(f"{label}: expected a uint8 array, got {arr.dtype}. Convert with arr.astype(np.uint8).")
    if arr.ndim == 2:
        out = np.repeat(arr[:, :, None], 3, axis=2)
    elif arr.ndim == 3 and arr.shape[2] == 3:
        out = arr.copy()
    elif arr.ndim == 3 and arr.shape[2] == 4:
        alpha = arr[:, :, 3:4].astype(np.float32) / 255.0
        out = (arr[:, :, :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha)).astype(np.uint8)
    else:
        raise BadImageError(f"{label}: expected an HxW or HxWx3 (BGR) array, got shape {arr.shape}.")
    h, w = out.shape[:2]
    if h * w > MAX_PIXELS:
        raise ImageTooLargeError(f"{label}: the image is {w}x{h} pixels, too large to inspect.")
    if h < 16 or w < 16:
        raise BadImageError(f"{label}: the image is only {w}x{h} pixels; nothing can be read.")
    return np.ascontiguousarray(out)
