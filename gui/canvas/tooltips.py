"""Hover text for edges: the full value and gradient, with a small heatmap for matrices.

A batch of MNIST images, (batch, 784), shows its first image as the 28 × 28 digit it is
(the same colours: ink is red), not as a heatmap of the whole batch.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from core.formatting import extremes, shape_str, shown, summarize
from core.i18n import translate

HEATMAP_CELLS = 64  # larger matrices are sampled down to at most this many rows/columns
#: rows of this many numbers are images of this side: MNIST's 28 × 28 digits
IMAGE_SIDES = {784: 28}


#: the significant digits a tooltip gives a number: more than an edge's 4, fewer than a
#: float64's 17 (110, not 110.00000000000001)
TOOLTIP_DIGITS = 8


def full_text(value: np.ndarray) -> str:
    """The whole value as the canvas writes numbers, with more digits: `110`, `2`,
    `2.2592346`, `[1, -0.5]`; a larger array with NumPy's layout; rounding left over from
    arithmetic shown as 0."""
    value = np.asarray(value)
    if value.size <= 6:
        return summarize(value, TOOLTIP_DIGITS)
    with np.printoptions(precision=4, suppress=True, threshold=60, edgeitems=3, linewidth=60):
        return np.array2string(shown(value))


def heatmap_png(value: np.ndarray, cell: int = 6) -> str:
    """A base64 PNG data URI of a 2-D array: blue negative, white zero, red positive."""
    a = np.asarray(value, dtype=np.float64)
    if a.ndim == 1:
        a = a[np.newaxis, :]
    a = a.reshape(a.shape[0], -1)
    rows = np.linspace(0, a.shape[0] - 1, min(a.shape[0], HEATMAP_CELLS)).astype(int)
    cols = np.linspace(0, a.shape[1] - 1, min(a.shape[1], HEATMAP_CELLS)).astype(int)
    a = a[np.ix_(rows, cols)]
    finite = np.isfinite(a)
    scale = float(np.max(np.abs(a[finite]))) if finite.any() else 1.0
    scale = scale or 1.0
    size = max(2, min(cell, 240 // max(1, *a.shape)))  # (0, n) arrays have no cells
    v = np.where(finite, a / scale, 0.0).clip(-1, 1)
    fade = (255 * (1 - np.abs(v))).astype(np.uint8)
    full = np.full_like(fade, 255)
    # BGRA bytes for QImage.Format_RGB32: red for positive, blue for negative
    b = np.where(v >= 0, fade, full)
    g = fade
    r = np.where(v >= 0, full, fade)
    pixels = np.stack([b, g, r, full], axis=-1)
    pixels[~finite] = (40, 40, 40, 255)
    pixels = np.ascontiguousarray(np.repeat(np.repeat(pixels, size, 0), size, 1))
    h, w = pixels.shape[:2]
    img = QImage(pixels.data, w, h, 4 * w, QImage.Format_RGB32).copy()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    img.save(buf, "PNG")
    return "data:image/png;base64," + bytes(data.toBase64()).decode("ascii")


def _section(title: str, value: np.ndarray | None, color: str) -> str:
    if value is None:
        return f"<b style='color:{color}'>{title}</b>: " + translate("Tooltips", "not computed")
    value = np.asarray(value)
    head = f"<b style='color:{color}'>{title}</b>"
    if value.size != 1:
        stats = translate("Tooltips", "from the smallest to the largest element: {range}").format(
            range=extremes(value)) if value.size else translate("Tooltips", "empty")
        head += f" {shape_str(value.shape)} — {stats}"
    body = f"<pre style='margin:2px 0'>{html.escape(full_text(value))}</pre>"
    side = IMAGE_SIDES.get(value.shape[-1]) if value.ndim == 2 and len(value) else None
    if side is not None:
        caption = translate("tooltips", "first image, {side} × {side}:").format(
            side=side)
        body += f"{html.escape(caption)}<br><img src='{heatmap_png(value[0].reshape(side, side))}'>"
    elif value.ndim in (1, 2) and value.size > 1:
        body += f"<img src='{heatmap_png(value)}'>"
    return head + body


def edge_tooltip(title: str, value: np.ndarray | None, grad: np.ndarray | None,
                 grad_color: str) -> str:
    return (f"<p style='white-space:pre'><b>{html.escape(title)}</b></p>"
            + _section(translate("Tooltips", "value"), value, "inherit") + "<br>"
            + _section(translate("Tooltips", "gradient"), grad, grad_color))
