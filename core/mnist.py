"""MNIST digits: read the four IDX files (gzip or raw) or an `mnist.npz` from a folder.

The files come from outside the program (a download, a folder the user points at), so
every header is distrusted: the magic number, the counts and the 28 x 28 size are checked,
and the payload a header declares is compared with a hard cap and with what the file on
disk can possibly hold *before* anything large is allocated. Gzip is read with a bounded
read (at most the declared size + 1 byte), so a gzip bomb or a lying header costs at most
the declared size, never gigabytes. Every problem is a `MnistError` naming the file and
the problem in plain words.

This module only reads: it never touches the network. A caller that wants missing files
downloaded asks `core.download.download_missing` first (the `train --download` command,
the Training panel's Download button).

Images come back flattened to (N, 784) and scaled to [0, 1]; labels as int64 class
indices or, with `one_hot=True`, as one-hot rows in the images' dtype.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import platformdirs

APP_NAME = "backprop-studio"

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

TRAIN_IMAGES = "train-images-idx3-ubyte"
TRAIN_LABELS = "train-labels-idx1-ubyte"
TEST_IMAGES = "t10k-images-idx3-ubyte"
TEST_LABELS = "t10k-labels-idx1-ubyte"
IDX_NAMES = (TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS)
NPZ_NAME = "mnist.npz"
NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")

# The md5 sums published with MNIST for the four gzip files.
OFFICIAL_MD5 = {
    TRAIN_IMAGES + ".gz": "f68b3c2dcbeaaa9fbdd348bbdeb94873",
    TRAIN_LABELS + ".gz": "d53e105ee54ea40749a09fcbcd1e9432",
    TEST_IMAGES + ".gz": "9fb629c4189551a2d022fa330f9573f3",
    TEST_LABELS + ".gz": "ec29112dd5afa0611ce80d1b7f02629c",
}


class MnistError(ValueError):
    """MNIST data cannot be found or read; the message names the file and the problem."""

    def __init__(self, where: str | os.PathLike, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where, self.problem = str(where), problem


@dataclass(frozen=True, eq=False)
class MnistData:
    """Training and test sets: images (N, 784) in [0, 1]; labels as indices or one-hot."""

    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray


# -- public entry points ------------------------------------------------------------------

def default_folder() -> Path:
    """The per-user cache folder where downloaded MNIST files live."""
    return Path(platformdirs.user_cache_dir(APP_NAME)) / "mnist"


def load_mnist(folder: str | os.PathLike | None = None, *, dtype=np.float32,
               one_hot: bool = False) -> MnistData:
    """Load MNIST from `folder` (or the per-user cache folder when None).

    `folder` may hold the four IDX files (each `.gz` or raw) or an `mnist.npz`, or be the
    path of an `.npz` file itself. When files are missing, a MnistError says which and
    how to point at a folder or download them (`core.download.download_missing`).
    """
    dtype = _float_dtype(dtype)
    path = default_folder() if folder is None else Path(folder)
    if path.suffix == ".npz" and not path.is_dir():
        return _finish(*read_npz(path), dtype=dtype, one_hot=one_hot)
    missing = missing_files(path)
    if missing:
        raise MnistError(path, _missing_message(path, missing))
    if (path / NPZ_NAME).is_file() and all(_find(path, n) is None for n in IDX_NAMES):
        return _finish(*read_npz(path / NPZ_NAME), dtype=dtype, one_hot=one_hot)
    arrays = read_idx_folder({name: _find(path, name) for name in IDX_NAMES})
    return _finish(*arrays, dtype=dtype, one_hot=one_hot)


def missing_files(folder: str | os.PathLike) -> list[str]:
    """The IDX base names `load_mnist(folder)` would miss (none when an `mnist.npz` is
    there instead); MnistError when `folder` is a file."""
    path = Path(folder)
    if path.suffix == ".npz" and path.is_file():
        return []
    if path.exists() and not path.is_dir():
        raise MnistError(path, "is not a folder (nor an .npz file); pass --data DIR with "
                               "the folder that holds the four MNIST files")
    missing = [name for name in IDX_NAMES if _find(path, name) is None]
    if len(missing) == len(IDX_NAMES) and (path / NPZ_NAME).is_file():
        return []
    return missing


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
    _check_label_values(path, labels)
    return labels


def read_idx_folder(files: Mapping[str, Path]) -> tuple[np.ndarray, ...]:
    """Read the four IDX files (keyed by their base names); counts must agree per split."""
    out = []
    for images_name, labels_name in ((TRAIN_IMAGES, TRAIN_LABELS), (TEST_IMAGES, TEST_LABELS)):
        x = read_idx_images(files[images_name])
        t = read_idx_labels(files[labels_name])
        if len(x) != len(t):
            raise MnistError(files[labels_name], f"holds {len(t):,} labels but "
                             f"{files[images_name].name} holds {len(x):,} images; the "
                             "counts must be equal")
        out += [x, t]
    return tuple(out)


def read_npz(path: str | os.PathLike) -> tuple[np.ndarray, ...]:
    """Read `x_train, y_train, x_test, y_test` from a Keras-style `mnist.npz`.

    Images must be uint8 of shape (N, 28, 28) or (N, 784); labels integers 0-9 of shape
    (N,). The array headers are checked before any array is read, so a lying header
    cannot make NumPy allocate more than the cap. Returns images as (N, 784) uint8.
    """
    path = Path(path)
    try:
        headers = _npz_headers(path)
        with np.load(path, allow_pickle=False) as npz:
            arrays = {key: npz[key] for key in NPZ_KEYS}
    except MnistError:
        raise
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error) as e:
        raise MnistError(path, f"cannot be read as an .npz archive ({e})") from None
    out = []
    for split in ("train", "test"):
        x, t = arrays[f"x_{split}"], arrays[f"y_{split}"]
        if x.shape != headers[f"x_{split}"] or t.shape != headers[f"y_{split}"]:
            raise MnistError(path, f"the {split} arrays changed shape while being read")
        if len(x) != len(t):
            raise MnistError(path, f"x_{split} holds {len(x):,} images but y_{split} holds "
                                   f"{len(t):,} labels; the counts must be equal")
        _check_label_values(path, t, name=f"y_{split}")
        out += [x.reshape(len(x), PIXELS), t.astype(np.uint8)]
    return tuple(out)


def md5_of(path: str | os.PathLike) -> str:
    """The md5 hex digest of a file, read in chunks."""
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify_md5(folder: str | os.PathLike,
               sums: Mapping[str, str] | None = None) -> dict[str, bool]:
    """Check the files of `folder` named in `sums` (default: the official MNIST sums).

    Returns {file name: sum matches} for each named file present; absent files are left
    out, so an empty dict means none of them is there.
    """
    sums = OFFICIAL_MD5 if sums is None else sums
    folder = Path(folder)
    return {name: md5_of(folder / name) == expected.lower()
            for name, expected in sums.items() if (folder / name).is_file()}


# -- IDX reading ---------------------------------------------------------------------------

def _find(folder: Path, name: str) -> Path | None:
    """The `.gz` or raw file called `name` in `folder`, preferring the gzip one."""
    for candidate in (folder / (name + ".gz"), folder / name):
        if candidate.is_file():
            return candidate
    return None


def _read_idx(path: Path, magic: int) -> tuple[int, bytes]:
    """Validate an IDX file and return (count, payload bytes)."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise MnistError(path, "the file is empty")
        with open(path, "rb") as raw:
            is_gzip = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            if path.suffix == ".gz":
                if not is_gzip:
                    raise MnistError(path, "is named .gz but is not gzip-compressed "
                                           "(rename it without .gz if it is a raw IDX file)")
                with gzip.GzipFile(fileobj=raw, mode="rb") as f:
                    return _read_idx_stream(path, f, magic, limit=size * MAX_GZIP_RATIO,
                                            what="decompressed data")
            return _read_idx_stream(path, raw, magic, limit=size, what="file",
                                    gzip_hint=is_gzip)
    except MnistError:
        raise
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        raise MnistError(path, f"the gzip data is corrupt or cut short ({e})") from None
    except OSError as e:
        raise MnistError(path, f"cannot read the file ({e.strerror or e})") from None


def _read_idx_stream(path: Path, f, magic: int, *, limit: int, what: str,
                     gzip_hint: bool = False) -> tuple[int, bytes]:
    """Parse the header from stream `f`, check it, then read exactly the payload."""
    kind = "image" if magic == IMAGE_MAGIC else "label"
    header_size = IMAGE_HEADER if magic == IMAGE_MAGIC else LABEL_HEADER
    header = f.read(header_size)
    if len(header) >= 4:
        found = int.from_bytes(header[:4], "big")
        if found != magic:
            raise MnistError(path, _magic_message(kind, magic, found, gzip_hint))
    if len(header) < header_size:
        raise MnistError(path, f"the {what} is too short for an IDX {kind}-file header "
                               f"({len(header)} bytes; the header is {header_size})")
    fields = [int.from_bytes(header[i:i + 4], "big") for i in range(4, header_size, 4)]
    count = fields[0]
    if count == 0:
        raise MnistError(path, f"the header declares no {kind}s (a count of 0)")
    if count > MAX_COUNT:
        raise MnistError(path, f"the header declares {count:,} {kind}s, more than the "
                               f"{MAX_COUNT:,} this loader accepts; the header is corrupt")
    if magic == IMAGE_MAGIC and fields[1:] != [ROWS, COLS]:
        raise MnistError(path, f"the header declares images of {fields[1]:,} x {fields[2]:,} "
                               f"pixels; MNIST images are {ROWS} x {COLS}")
    per_item = PIXELS if magic == IMAGE_MAGIC else 1
    payload = count * per_item
    if header_size + payload > limit:
        # Refused before reading: the file cannot hold what the header promises.
        raise MnistError(path, f"is truncated: the header declares {count:,} {kind}s "
                               f"({payload:,} bytes) but the {what} cannot hold that many")
    body = f.read(payload + 1)  # one byte more than declared reveals trailing data
    if len(body) < payload:
        got = len(body) // per_item
        raise MnistError(path, f"is truncated: the header declares {count:,} {kind}s but "
                               f"the {what} holds only {len(body):,} of their {payload:,} "
                               f"bytes ({got:,} whole {kind}s)")
    if len(body) > payload:
        raise MnistError(path, f"has trailing data after the {count:,} {kind}s the header "
                               "declares; the file is corrupt or not a single IDX file")
    return count, body


def _magic_message(kind: str, expected: int, found: int, gzip_hint: bool) -> str:
    text = (f"does not start with the IDX {kind}-file magic number {expected} "
            f"(it starts with {found})")
    if found == LABEL_MAGIC:
        text += "; this looks like a label file"
    elif found == IMAGE_MAGIC:
        text += "; this looks like an image file"
    elif gzip_hint:
        text += "; this looks gzip-compressed: name it with a .gz suffix"
    return text


def _check_label_values(path: Path, labels: np.ndarray, name: str = "labels") -> None:
    if labels.size and int(labels.max()) >= CLASSES:
        i = int(np.argmax(labels >= CLASSES))
        raise MnistError(path, f"{name}[{i:,}] is {int(labels[i])}; MNIST labels are the "
                               f"digits 0-{CLASSES - 1}")
    if labels.size and int(labels.min()) < 0:
        i = int(np.argmax(labels < 0))
        raise MnistError(path, f"{name}[{i:,}] is {int(labels[i])}; MNIST labels are the "
                               f"digits 0-{CLASSES - 1}")


# -- npz header checks ---------------------------------------------------------------------

def _npz_headers(path: Path) -> dict[str, tuple[int, ...]]:
    """Check each required array's .npy header inside the zip; return their shapes."""
    shapes = {}
    with zipfile.ZipFile(path) as archive:
        members = set(archive.namelist())
        for key in NPZ_KEYS:
            if key + ".npy" not in members:
                raise MnistError(path, f"has no array '{key}'; an MNIST .npz holds "
                                       f"{', '.join(NPZ_KEYS)}")
            with archive.open(key + ".npy") as f:
                version = np.lib.format.read_magic(f)
                if version == (1, 0):
                    shape, _, dtype = np.lib.format.read_array_header_1_0(f)
                elif version == (2, 0):
                    shape, _, dtype = np.lib.format.read_array_header_2_0(f)
                else:
                    raise MnistError(path, f"array '{key}' uses .npy format version "
                                           f"{version}, which this loader does not read")
            shapes[key] = _check_npz_header(path, key, shape, dtype)
    return shapes


def _check_npz_header(path: Path, key: str, shape: tuple, dtype: np.dtype) -> tuple:
    images = key.startswith("x_")
    if dtype.hasobject or dtype.kind not in "ui" or (images and dtype != np.uint8):
        want = "uint8 pixels" if images else "integer labels"
        raise MnistError(path, f"array '{key}' has dtype {dtype}; expected {want}")
    ok = shape[1:] in ((ROWS, COLS), (PIXELS,)) if images else len(shape) == 1
    if not ok:
        want = f"(N, {ROWS}, {COLS}) or (N, {PIXELS})" if images else "(N,)"
        raise MnistError(path, f"array '{key}' has shape {shape}; expected {want}")
    if not 0 < shape[0] <= MAX_COUNT:
        raise MnistError(path, f"array '{key}' holds {shape[0]:,} items; expected 1 to "
                               f"{MAX_COUNT:,}")
    return shape


# -- shaping the result --------------------------------------------------------------------

def _float_dtype(dtype) -> np.dtype:
    dtype = np.dtype(dtype)
    if dtype not in (np.float32, np.float64):
        raise ValueError(f"dtype must be float32 or float64, not {dtype}")
    return dtype


def _finish(x_train, t_train, x_test, t_test, *, dtype: np.dtype, one_hot: bool) -> MnistData:
    def images(x: np.ndarray) -> np.ndarray:
        out = x.astype(dtype)
        out /= 255  # exact integers divided once: each pixel is correctly rounded
        return out

    def labels(t: np.ndarray) -> np.ndarray:
        if one_hot:
            return np.eye(CLASSES, dtype=dtype)[t]
        return t.astype(np.int64)

    return MnistData(images(x_train), labels(t_train), images(x_test), labels(t_test))


def _missing_message(folder: Path, missing: list[str]) -> str:
    names = ", ".join(f"{name}[.gz]" for name in missing)
    where = ("the folder does not exist, so the MNIST files are missing" if not folder.exists()
             else "MNIST files are missing from the folder")
    return (f"{where}: {names}. Pass --data DIR with a folder holding the four MNIST files "
            f"({', '.join(IDX_NAMES)}, each .gz or raw) or an {NPZ_NAME}, or let "
            "Backprop Studio download them (train --download, or Download in the "
            "Training panel)")
