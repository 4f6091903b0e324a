"""One MNIST IDX file (images or labels), gzip or raw, checked before it is read.

The header is distrusted: its magic number, its count and the 28 x 28 size are checked,
and the payload it declares is compared with a hard cap and with what the file on disk can
possibly hold *before* anything large is allocated. Gzip is read with a bounded read (at
most the declared size + 1 byte), so a gzip bomb or a lying header costs at most the
declared size. Every problem is a `MnistError` naming the file and the problem.
"""

from __future__ import annotations

import gzip
import os
import zlib
from pathlib import Path

import numpy as np

from core.i18n import system_reason, translate

ROWS = COLS = 28
PIXELS = ROWS * COLS
CLASSES = 10
IMAGE_MAGIC = 2051  # 0x00000803: unsigned bytes, 3 dimensions
LABEL_MAGIC = 2049  # 0x00000801: unsigned bytes, 1 dimension
IMAGE_HEADER = 16   # magic, count, rows, cols: four big-endian uint32
LABEL_HEADER = 8    # magic, count

# Full MNIST has 60,000 training images; the cap leaves room for bigger MNIST-style sets
# while keeping the worst case (235 MB of pixels, ~1 GB as float32) on a laptop's scale.
MAX_COUNT = 300_000
# Deflate cannot expand one compressed byte into more than ~1032 bytes, so a .gz file of
# n bytes never decompresses to more than 1032 * n: a header claiming more is lying.
MAX_GZIP_RATIO = 1032


class MnistError(ValueError):
    """MNIST data cannot be found or read; the message names the file and the problem."""

    def __init__(self, where: str | os.PathLike, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where, self.problem = str(where), problem


def read_idx_images(path: str | os.PathLike) -> np.ndarray:
    """The images of one IDX image file (`.gz` or raw) as uint8, shape (N, 784)."""
    path = Path(path)
    count, body = _read_idx(path, IMAGE_MAGIC)
    return np.frombuffer(body, dtype=np.uint8).reshape(count, PIXELS)


def read_idx_labels(path: str | os.PathLike) -> np.ndarray:
    """The labels of one IDX label file (`.gz` or raw) as uint8, shape (N,), each 0-9."""
    path = Path(path)
    _, body = _read_idx(path, LABEL_MAGIC)
    labels = np.frombuffer(body, dtype=np.uint8)
    check_label_values(path, labels)
    return labels


def _read_idx(path: Path, magic: int) -> tuple[int, bytes]:
    """Validate an IDX file and return (count, payload bytes)."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise MnistError(path, translate("MNIST", "the file is empty"))
        with open(path, "rb") as raw:
            is_gzip = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            if path.suffix == ".gz":
                if not is_gzip:
                    raise MnistError(path, translate(
                        "MNIST", "is named .gz but is not gzip-compressed (rename it without "
                        ".gz if it is a raw IDX file)"))
                with gzip.GzipFile(fileobj=raw, mode="rb") as f:
                    return _read_idx_stream(path, f, magic, limit=size * MAX_GZIP_RATIO,
                                            what=translate("MNIST", "decompressed data"))
            return _read_idx_stream(path, raw, magic, limit=size,
                                    what=translate("MNIST", "file"), gzip_hint=is_gzip)
    except MnistError:
        raise
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        raise MnistError(path, translate("MNIST", "the gzip data is corrupt or cut short "
                                         "({problem})").format(problem=e)) from None
    except OSError as e:
        raise MnistError(path, translate("MNIST", "cannot read the file ({reason})").format(
            reason=system_reason(e))) from None


def _read_idx_stream(path: Path, f, magic: int, *, limit: int, what: str,
                     gzip_hint: bool = False) -> tuple[int, bytes]:
    """Parse the header from stream `f`, check it, then read exactly the payload."""
    images = magic == IMAGE_MAGIC
    words = {"what": what,
             "kind": translate("MNIST", "image") if images else translate("MNIST", "label"),
             "kinds": translate("MNIST", "images") if images else translate("MNIST", "labels")}
    header_size = IMAGE_HEADER if magic == IMAGE_MAGIC else LABEL_HEADER
    header = f.read(header_size)
    if len(header) >= 4:
        found = int.from_bytes(header[:4], "big")
        if found != magic:
            raise MnistError(path, _magic_message(words["kind"], magic, found, gzip_hint))
    if len(header) < header_size:
        raise MnistError(path, translate("MNIST", "the {what} is too short for an IDX "
                                         "{kind}-file header ({got} bytes; the header is "
                                         "{size})").format(got=len(header), size=header_size,
                                                           **words))
    fields = [int.from_bytes(header[i:i + 4], "big") for i in range(4, header_size, 4)]
    count = fields[0]
    if count == 0:
        raise MnistError(path, translate("MNIST", "the header declares no {kinds} (a count "
                                         "of 0)").format(**words))
    if count > MAX_COUNT:
        raise MnistError(path, translate("MNIST", "the header declares {count:,} {kinds}, more "
                                         "than the {limit:,} this loader accepts; the header "
                                         "is corrupt").format(count=count, limit=MAX_COUNT,
                                                              **words))
    if magic == IMAGE_MAGIC and fields[1:] != [ROWS, COLS]:
        raise MnistError(path, translate("MNIST", "the header declares images of {rows:,} x "
                                         "{cols:,} pixels; MNIST images are 28 x 28").format(
            rows=fields[1], cols=fields[2]))
    per_item = PIXELS if magic == IMAGE_MAGIC else 1
    payload = count * per_item
    if header_size + payload > limit:
        # Refused before reading: the file cannot hold what the header promises.
        raise MnistError(path, translate("MNIST", "is truncated: the header declares {count:,} "
                                         "{kinds} ({payload:,} bytes) but the {what} cannot "
                                         "hold that many").format(count=count, payload=payload,
                                                                  **words))
    body = f.read(payload + 1)  # one byte more than declared reveals trailing data
    if len(body) < payload:
        got = len(body) // per_item
        raise MnistError(path, translate("MNIST", "is truncated: the header declares {count:,} "
                                         "{kinds} but the {what} holds only {size:,} of their "
                                         "{payload:,} bytes ({got:,} whole {kinds})").format(
            count=count, size=len(body), payload=payload, got=got, **words))
    if len(body) > payload:
        raise MnistError(path, translate("MNIST", "has trailing data after the {count:,} "
                                         "{kinds} the header declares; the file is corrupt or "
                                         "not a single IDX file").format(count=count, **words))
    return count, body


def _magic_message(kind: str, expected: int, found: int, gzip_hint: bool) -> str:
    """`kind`: "image" or "label", in the current language."""
    text = translate("MNIST", "does not start with the IDX {kind}-file magic number "
                     "{expected} (it starts with {found})").format(
        kind=kind, expected=expected, found=found)
    if found == LABEL_MAGIC:
        text += translate("MNIST", "; this looks like a label file")
    elif found == IMAGE_MAGIC:
        text += translate("MNIST", "; this looks like an image file")
    elif gzip_hint:
        text += translate("MNIST", "; this looks gzip-compressed: name it with a .gz suffix")
    return text


def check_label_values(path: Path, labels: np.ndarray, name: str = "labels") -> None:
    bad = (labels >= CLASSES) | (labels < 0) if labels.size else labels
    if bad.any():
        i = int(np.argmax(bad))
        raise MnistError(path, translate("MNIST", "{name}[{i:,}] is {value}; MNIST labels are "
                                         "the digits 0-9").format(name=name, i=i,
                                                                  value=int(labels[i])))
