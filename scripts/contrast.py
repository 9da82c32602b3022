#!/usr/bin/env python3
"""Contrast of every character cell in a screenshot of a terminal, as WCAG computes it.

Usage: contrast.py IMAGE.ppm COLUMNS ROWS [LABEL]
A cell's background is its most common colour, its foreground the colour farthest from it in luminance; cells of
one colour (blank) are skipped. Prints the lowest cells and the minimum; exits 1 below 4.5:1."""
import sys


def read_ppm(path):
    data = open(path, "rb").read()
    fields, position = [], 0
    while len(fields) < 4:  # magic, width, height, maximum value; comments start with #
        while data[position:position + 1].isspace():
            position += 1
        if data[position:position + 1] == b"#":
            position = data.index(b"\n", position) + 1
            continue
        end = position
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    if fields[0] != b"P6" or int(fields[3]) != 255:
        raise SystemExit(f"{path}: not an 8-bit binary PPM")
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[position + 1:]


def luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def cells(path, columns, rows):
    width, height, pixels = read_ppm(path)
    if width % columns or height % rows:
        raise SystemExit(f"{path}: {width}x{height} pixels is not a whole number of {columns}x{rows} cells")
    cell_width, cell_height = width // columns, height // rows
    lum = {}
    for row in range(rows):
        for column in range(columns):
            counts = {}
            for y in range(row * cell_height, (row + 1) * cell_height):
                start = (y * width + column * cell_width) * 3
                line = pixels[start:start + cell_width * 3]
                for x in range(0, len(line), 3):
                    colour = line[x:x + 3]
                    counts[colour] = counts.get(colour, 0) + 1
            if len(counts) < 2:
                continue
            background = max(counts, key=counts.get)
            for colour in counts:
                if colour not in lum:
                    lum[colour] = luminance(tuple(colour))
            foreground = max(counts, key=lambda c: abs(lum[c] - lum[background]))
            yield row, column, tuple(background), tuple(foreground), ratio(tuple(background), tuple(foreground))


def hex_colour(rgb):
    return "#%02X%02X%02X" % rgb


def main():
    path, columns, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    label = sys.argv[4] if len(sys.argv) > 4 else path
    found = sorted(cells(path, columns, rows), key=lambda cell: cell[4])
    if not found:
        raise SystemExit(f"{label}: the screenshot is blank")
    lowest = found[0]
    print(f"{label}: lowest {lowest[4]:.2f}:1 at column {lowest[1] + 1}, row {lowest[0] + 1} "
          f"({hex_colour(lowest[3])} on {hex_colour(lowest[2])}); {len(found)} cells with text")
    pairs = {}
    for row, column, background, foreground, value in found:
        pairs.setdefault((foreground, background), value)
    for (foreground, background), value in sorted(pairs.items(), key=lambda item: item[1])[:6]:
        print(f"    {value:5.2f}:1  {hex_colour(foreground)} on {hex_colour(background)}")
    sys.exit(0 if lowest[4] >= 4.5 else 1)


main()
