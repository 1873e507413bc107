#!/usr/bin/env python3
"""Draws the app icons in static/icons/ (run by hand when the design changes; the PNGs are
committed so a build needs no image tools). Standard library only.

The icon is a white column of five rounded blocks (a stylised spine) on the widget's blue,
filling the square, so one drawing serves as a normal and a maskable icon: the blocks stay inside
the central safe zone (a circle of 40% of the size) that maskable icons keep.
"""
import struct
import zlib
from pathlib import Path

BLUE = (0x00, 0x5E, 0xB8)
WHITE = (0xFF, 0xFF, 0xFF)
OUT = Path(__file__).resolve().parent.parent / "static" / "icons"


def inside_rounded_rect(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def blocks(size):
    """The five vertebrae, as (left, top, right, bottom, radius) in pixels, widest at the bottom."""
    unit = size / 100.0
    result = []
    top = 24.0
    for i, width in enumerate([22, 25, 28, 31, 34]):
        height = 8.5
        left = 50 - width / 2
        result.append((left * unit, top * unit, (left + width) * unit, (top + height) * unit, 2.5 * unit))
        top += height + 3.4
    return result


def png(size):
    shapes = blocks(size)
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter: none
        for x in range(size):
            px, py = x + 0.5, y + 0.5
            white = any(inside_rounded_rect(px, py, *shape) for shape in shapes)
            row.extend(WHITE if white else BLUE)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        (OUT / f"icon-{size}.png").write_bytes(png(size))
    (OUT / "apple-touch-icon.png").write_bytes(png(180))
    print(f"wrote icons to {OUT}")
