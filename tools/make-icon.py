#!/usr/bin/env python3
"""Draws the CourtDesk app icon (a seal-red ring with a gavel bar on navy) as a PNG.

Pure Python so it needs nothing beyond the standard library; run it when the design changes.
"""
import math
import struct
import sys
import zlib

S = 256


def pixel(x, y):
    cx = cy = S / 2 - 0.5
    # rounded square background
    r = 40
    dx = max(abs(x - cx) - (S / 2 - r), 0)
    dy = max(abs(y - cy) - (S / 2 - r), 0)
    if math.hypot(dx, dy) > r:
        return (0, 0, 0, 0)
    d = math.hypot(x - cx, y - cy)
    if 78 <= d <= 96:
        return (200, 30, 36, 255)  # seal ring
    if d < 78:
        # five-pointed star hint: a white bar and pillar, like a desk/balance
        if 60 <= y <= 72 and abs(x - cx) <= 52:
            return (255, 255, 255, 255)
        if 72 <= y <= 160 and abs(x - cx) <= 8:
            return (255, 255, 255, 255)
        if 160 <= y <= 172 and abs(x - cx) <= 36:
            return (255, 255, 255, 255)
        if 72 <= y <= 112 and (abs(x - (cx - 44)) <= 3 or abs(x - (cx + 44)) <= 3):
            return (255, 215, 0, 255)
        if 112 <= y <= 120 and (abs(x - (cx - 44)) <= 18 or abs(x - (cx + 44)) <= 18):
            return (255, 215, 0, 255)
    return (22, 43, 84, 255)


def main(path):
    raw = bytearray()
    for y in range(S):
        raw.append(0)
        for x in range(S):
            raw.extend(pixel(x, y))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", S, S, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "resources/icons/courtdesk.png")
