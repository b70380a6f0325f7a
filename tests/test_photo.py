"""Photo preparation on real pixels: a drawn page photographed at an angle, in uneven light.

The "photo" is made here: a sheet with lines of print and one black mark at
a known place, warped onto a textured table with a known homography. What
must hold: the sheet's corners are found within a few pixels, a box read on
the squared sheet maps back onto the mark in the photo, shading is evened
out, and a picture with no sheet to cut out is left as it is.
"""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from inspector import photo
from inspector.model import Word

SHEET_W, SHEET_H = 600, 840
MARK = (400, 600, 60, 40)  # x, y, w, h of a solid black mark on the flat sheet
PHOTO_SIZE = (1000, 1200)  # width, height


def _sheet() -> np.ndarray:
    page = np.full((SHEET_H, SHEET_W), 235, np.uint8)
    for i in range(14):
        cv2.putText(page, f"Line {i} of the notice, pay 1200 now", (50, 80 + 34 * i),
                    cv2.FONT_HERSHEY_SIMPLEX, 0.7, 30, 2, cv2.LINE_AA)
    x, y, w, h = MARK
    page[y:y + h, x:x + w] = 0
    return page


def _photo(corners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The sheet warped so its corners land on ``corners``, on a darker grainy table; and the homography."""
    src = np.float32([[0, 0], [SHEET_W, 0], [SHEET_W, SHEET_H], [0, SHEET_H]])
    h = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    rng = np.random.default_rng(7)
    table = cv2.GaussianBlur(rng.integers(60, 110, (PHOTO_SIZE[1], PHOTO_SIZE[0])).astype(np.uint8), (5, 5), 0)
    sheet = cv2.warpPerspective(_sheet(), h, PHOTO_SIZE, flags=cv2.INTER_LINEAR)
    inside = cv2.warpPerspective(np.full((SHEET_H, SHEET_W), 255, np.uint8), h, PHOTO_SIZE) > 127
    return np.where(inside, sheet, table).astype(np.uint8), h


TILTS = {
    "leaning_back": np.array([[180, 150], [820, 120], [900, 1080], [110, 1110]], np.float64),
    "turned_left": np.array([[120, 220], [830, 140], [880, 1060], [170, 1130]], np.float64),
    "nearly_square": np.array([[150, 160], [850, 165], [845, 1040], [155, 1035]], np.float64),
}


@pytest.mark.parametrize("corners", TILTS.values(), ids=TILTS.keys())
def test_sheet_corners_found_within_a_few_pixels(corners: np.ndarray) -> None:
    img, _ = _photo(corners)
    quad = photo.find_paper(img)
    assert quad is not None
    assert np.abs(quad - corners).max() <= 4


@pytest.mark.parametrize("corners", TILTS.values(), ids=TILTS.keys())
def test_box_on_the_squared_sheet_maps_back_onto_the_photo(corners: np.ndarray) -> None:
    img, h = _photo(corners)
    page = photo.prepare(img)
    assert page.to_input is not None
    # Find the mark on the squared sheet as OCR would report a word there.
    _, _, stats, _ = cv2.connectedComponentsWithStats((page.gray < 60).astype(np.uint8))
    mx, my, mw, mh, _ = stats[1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))]
    word = Word(text="X", box=(int(mx), int(my), int(mw), int(mh)), conf=90)
    [back] = page.to_original([word], PHOTO_SIZE)
    x, y, w, hh = MARK
    pts = cv2.perspectiveTransform(np.float64([[[x, y], [x + w, y], [x + w, y + hh], [x, y + hh]]]), h)[0]
    want = np.array([pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max()])
    got = np.array([back.box[0], back.box[1], back.box[0] + back.box[2], back.box[1] + back.box[3]])
    assert np.abs(got - want).max() <= 5
    assert (back.text, back.conf) == ("X", 90)


def test_squared_sheet_is_upright_and_keeps_the_print_size() -> None:
    tl, tr, br, bl = corners = TILTS["leaning_back"]
    img, _ = _photo(corners)
    page = photo.prepare(img)
    rows, cols = page.gray.shape
    # The longer of each pair of opposite edges: the near end of the sheet keeps its resolution.
    want_w = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    want_h = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    assert abs(cols - want_w) <= 0.02 * want_w and abs(rows - want_h) <= 0.02 * want_h


@pytest.mark.parametrize("case", ["fills_frame", "fills_frame_dense_print", "blank_dark", "small_label"])
def test_no_confident_sheet_leaves_the_picture_alone(case: str) -> None:
    if case == "fills_frame":
        img = cv2.resize(_sheet(), PHOTO_SIZE)
    elif case == "fills_frame_dense_print":
        # A page filling the frame, its print a dense block: the block's outline
        # is a clean quadrilateral, but the frame's edge is paper all round.
        img = np.full((1414, 1000), 240, np.uint8)
        for y in range(150, 1300, 48):
            img[y:y + 26, 80:920] = 40
    elif case == "blank_dark":
        img = np.full((PHOTO_SIZE[1], PHOTO_SIZE[0]), 70, np.uint8)
    else:
        img = np.full((PHOTO_SIZE[1], PHOTO_SIZE[0]), 70, np.uint8)
        img[500:620, 400:560] = 240
    assert photo.find_paper(img) is None
    page = photo.prepare(img)
    assert page.to_input is None and page.gray is img
    words = [Word(text="a", box=(1, 2, 3, 4), conf=50)]
    assert page.to_original(words, (img.shape[1], img.shape[0])) == words


def test_shading_is_flattened_and_ink_kept() -> None:
    page = _sheet().astype(np.float32)
    yy, xx = np.mgrid[0:SHEET_H, 0:SHEET_W]
    light = 0.45 + 0.55 * (xx / SHEET_W) * (0.6 + 0.4 * yy / SHEET_H)  # dim corner to bright corner
    shaded = np.clip(page * light, 0, 255).astype(np.uint8)
    flat = photo.flatten_light(shaded)
    paper = _sheet() == 235
    ink = _sheet() == 0
    dim, bright = paper & (xx < 120), paper & (xx > SHEET_W - 120)
    # Before: the paper's brightness differs by some 80 levels across the sheet.
    assert float(np.median(shaded[bright])) - float(np.median(shaded[dim])) > 60
    assert abs(float(np.median(flat[bright])) - float(np.median(flat[dim]))) < 15
    assert float(np.median(flat[paper])) > 230 and float(np.median(flat[ink])) < 40


def test_light_text_on_dark_is_not_flattened() -> None:
    dark = 255 - _sheet()
    assert photo.flatten_light(dark) is dark


def test_words_of_a_real_photo_sit_on_its_print(report_of) -> None:
    """End to end: a tilted fixture photo is read squared, and every word box lands on the sheet's ink."""
    from conftest import FIXTURES

    from inspector.imageio import load_image

    path = FIXTURES / "summons_forged_companyseal_exif8.jpg"
    gray = cv2.cvtColor(load_image(path).bgr, cv2.COLOR_BGR2GRAY)
    quad = photo.find_paper(gray)
    assert quad is not None
    report = report_of(path)
    assert report.source_kind == "photo" and "传票" in report.text
    words = [w for w in report.words if w.conf >= 60]
    assert len(words) >= 10
    paper = float(np.median(gray[cv2.fillPoly(np.zeros_like(gray), [quad.astype(np.int32)], 1) > 0]))
    for w in words:
        x, y, bw, bh = w.box
        assert cv2.pointPolygonTest(quad.astype(np.float32), (x + bw / 2, y + bh / 2), False) > 0, w
        assert float(gray[y:y + bh, x:x + bw].min()) < paper - 60, w


def _shadowed(img: np.ndarray, polygon: np.ndarray, factor: float, soft: int = 61) -> np.ndarray:
    """``img`` with a shadow (brightness times ``factor``) over ``polygon``, as a hand or phone casts.

    ``soft`` is the width of its edge's blur: small for a shadow cast in direct light.
    """
    mask = np.zeros(img.shape, np.float32)
    cv2.fillPoly(mask, [polygon.astype(np.int32)], 1.0)
    mask = cv2.GaussianBlur(mask, (soft, soft), 0)
    return (img.astype(np.float32) * (1.0 - (1.0 - factor) * mask)).clip(0, 255).astype(np.uint8)


@pytest.mark.parametrize("name, polygon, factor, soft", [
    # a broad band across the middle of the sheet: only a lower brightness cut keeps it whole
    ("band", np.array([[0, 500], [1000, 420], [1000, 640], [0, 720]]), 0.55, 61),
    # a shadow over a whole corner: the sheet's straight edges give it away
    ("corner", np.array([[0, 0], [560, 0], [140, 760], [0, 760]]), 0.45, 61),
    # a crisp slanted shadow over the sheet's foot: the lit part alone is a
    # clean quadrilateral, but shaded paper, not table, lies beyond it
    ("crisp_foot", np.array([[0, 980], [1000, 720], [1000, 1200], [0, 1200]]), 0.6, 5),
])
def test_a_shadow_across_the_sheet_does_not_hide_it(name: str, polygon: np.ndarray, factor: float, soft: int) -> None:
    corners = TILTS["leaning_back"]
    img, _ = _photo(corners)
    quad = photo.find_paper(_shadowed(img, polygon, factor, soft))
    assert quad is not None, name
    assert np.abs(quad - corners).max() <= 8, name


def test_a_shadow_from_a_corner_on_a_wood_table_does_not_cut_the_sheet() -> None:
    # A rendered phone photo (bench/dev_lawful4): a crisp shadow runs from the sheet's
    # top right corner to its foot, so the lit part alone is a clean quadrilateral
    # at the first brightness cut, and the wood grain hides the sheet's straight edges.
    from pathlib import Path

    from inspector.imageio import load_image

    path = Path(__file__).resolve().parent.parent / "bench" / "dev_lawful4" / "dl4_16_l14.jpg"
    gray = cv2.cvtColor(load_image(path).bgr, cv2.COLOR_BGR2GRAY)
    quad = photo.find_paper(gray)
    assert quad is not None
    # The sheet runs from about (115, 140) to (1105, 1465) in the upright picture.
    assert abs(quad[1][0] - 1047) < 25 and abs(quad[2][0] - 1105) < 25, quad.astype(int).tolist()


def test_a_quad_with_a_sharp_corner_is_not_a_sheet() -> None:
    # A sheet at a steep angle keeps its corners near right angles; a quad that
    # follows a shadow's diagonal edge has a sharp one.
    assert photo._sheet_shaped(np.array([[100, 80], [900, 120], [860, 1100], [140, 1050]], float))
    assert not photo._sheet_shaped(np.array([[162, 922], [1101, 149], [1083, 1534], [342, 1597]], float))


def test_a_diagonal_shadow_does_not_cut_the_sheet_in_two() -> None:
    # bench/dev_lawful6/dl6_29_f06: a page on floor tiles, lit on one side of a
    # diagonal shadow. The sheet found must be the whole page, top-left corner included.
    from pathlib import Path

    from inspector.imageio import load_image

    path = Path(__file__).resolve().parent.parent / "bench" / "dev_lawful6" / "dl6_29_f06.jpg"
    gray = cv2.cvtColor(load_image(path).bgr, cv2.COLOR_BGR2GRAY)
    quad = photo.find_paper(gray)
    assert quad is not None and np.hypot(*(quad[0] - (212, 147))) < 30
