"""Builds an MNIST-sized set (60,000 training and 10,000 test digits, the standard IDX files) from the 10,000-digit
subset in data/, for timing `train` and bench/pytorch_train.py at full size where the real files cannot be fetched.

Each digit is repeated with a different shift by one pixel (none, right, left, down, up, ...), so the copies are not
identical; the timings do not depend on the pixel values, only on the shapes. The result is not MNIST: its accuracy
says nothing about the tutorial's figure.

Usage: /usr/bin/python3 bench/enlarge_mnist.py [SOURCE_DIR] TARGET_DIR   (SOURCE_DIR defaults to data/)
"""
import gzip
import os
import struct
import sys

SHIFTS = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1), (1, -1), (-1, 1)]
SIDE = 28


def read(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as file:
        return file.read()


def shifted(image, dx, dy):
    out = bytearray(SIDE * SIDE)
    for row in range(SIDE):
        source_row = row - dy
        if 0 <= source_row < SIDE:
            for column in range(SIDE):
                source_column = column - dx
                if 0 <= source_column < SIDE:
                    out[row * SIDE + column] = image[source_row * SIDE + source_column]
    return bytes(out)


def enlarge(source, target, prefix, count):
    images = read(os.path.join(source, f"{prefix}-images-idx3-ubyte.gz"))
    labels = read(os.path.join(source, f"{prefix}-labels-idx1-ubyte.gz"))
    available = struct.unpack(">I", labels[4:8])[0]
    pixels, digits = bytearray(), bytearray()
    for i in range(count):
        original, copy = i % available, i // available
        image = images[16 + original * SIDE * SIDE:16 + (original + 1) * SIDE * SIDE]
        pixels += shifted(image, *SHIFTS[copy % len(SHIFTS)])
        digits.append(labels[8 + original])
    with open(os.path.join(target, f"{prefix}-images-idx3-ubyte"), "wb") as file:
        file.write(struct.pack(">IIII", 0x803, count, SIDE, SIDE) + pixels)
    with open(os.path.join(target, f"{prefix}-labels-idx1-ubyte"), "wb") as file:
        file.write(struct.pack(">II", 0x801, count) + digits)


def main():
    source, target = (sys.argv[1], sys.argv[2]) if len(sys.argv) == 3 else ("data", sys.argv[1])
    os.makedirs(target, exist_ok=True)
    enlarge(source, target, "train", 60_000)
    enlarge(source, target, "t10k", 10_000)
    print(f"60,000 training and 10,000 test digits written to {target}")


if __name__ == "__main__":
    main()
