"""MNIST digits: read the four IDX files (gzip or raw) or an `mnist.npz` from a folder.

The files come from outside the program (a download, a folder the user points at), so
every header is distrusted (`core.training.idx` reads one IDX file; the `.npz` headers are checked
here) before anything large is allocated. Every problem is a `MnistError` naming the file
and the problem in plain words.

This module only reads: it never touches the network. A caller that wants missing files
downloaded asks `core.training.download.download_missing` first (the `train --download` command,
the Training panel's Download button).

Images come back flattened to (N, 784) and scaled to [0, 1]; labels as int64 class
indices or, with `one_hot=True`, as one-hot rows in the images' dtype.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import platformdirs

from core.i18n import translate
from core.training.idx import (
    CLASSES,
    COLS,
    MAX_COUNT,
    PIXELS,
    ROWS,
    MnistError,
    check_label_values,
    read_idx_images,
    read_idx_labels,
)

APP_NAME = "backprop-studio"

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
    how to point at a folder or download them (`core.training.download.download_missing`).
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
        raise MnistError(path, translate("MNIST", "is not a folder (nor an .npz file); pass "
                                         "--data DIR with the folder that holds the four "
                                         "MNIST files"))
    missing = [name for name in IDX_NAMES if _find(path, name) is None]
    if len(missing) == len(IDX_NAMES) and (path / NPZ_NAME).is_file():
        return []
    return missing


def read_idx_folder(files: Mapping[str, Path]) -> tuple[np.ndarray, ...]:
    """Read the four IDX files (keyed by their base names); counts must agree per split."""
    out = []
    for images_name, labels_name in ((TRAIN_IMAGES, TRAIN_LABELS), (TEST_IMAGES, TEST_LABELS)):
        x = read_idx_images(files[images_name])
        t = read_idx_labels(files[labels_name])
        if len(x) != len(t):
            raise MnistError(files[labels_name], translate(
                "MNIST", "holds {labels:,} labels but {name} holds {images:,} images; the "
                "counts must be equal").format(labels=len(t), name=files[images_name].name,
                                               images=len(x)))
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
        raise MnistError(path, translate("MNIST", "cannot be read as an .npz archive "
                                         "({problem})").format(problem=e)) from None
    out = []
    for split in ("train", "test"):
        x, t = arrays[f"x_{split}"], arrays[f"y_{split}"]
        if x.shape != headers[f"x_{split}"] or t.shape != headers[f"y_{split}"]:
            raise MnistError(path, translate("MNIST", "the {split} arrays changed shape while "
                                             "being read").format(split=split))
        if len(x) != len(t):
            raise MnistError(path, translate("MNIST", "x_{split} holds {images:,} images but "
                                             "y_{split} holds {labels:,} labels; the counts "
                                             "must be equal").format(split=split, images=len(x),
                                                                     labels=len(t)))
        check_label_values(path, t, name=f"y_{split}")
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


# -- npz header checks ---------------------------------------------------------------------

def _npz_headers(path: Path) -> dict[str, tuple[int, ...]]:
    """Check each required array's .npy header inside the zip; return their shapes."""
    shapes = {}
    with zipfile.ZipFile(path) as archive:
        members = set(archive.namelist())
        for key in NPZ_KEYS:
            if key + ".npy" not in members:
                raise MnistError(path, translate("MNIST", "has no array '{key}'; an MNIST .npz "
                                                 "holds {keys}").format(
                    key=key, keys=", ".join(NPZ_KEYS)))
            with archive.open(key + ".npy") as f:
                version = np.lib.format.read_magic(f)
                if version == (1, 0):
                    shape, _, dtype = np.lib.format.read_array_header_1_0(f)
                elif version == (2, 0):
                    shape, _, dtype = np.lib.format.read_array_header_2_0(f)
                else:
                    raise MnistError(path, translate(
                        "MNIST", "array '{key}' uses .npy format version {version}, which this "
                        "loader does not read").format(key=key, version=version))
            shapes[key] = _check_npz_header(path, key, shape, dtype)
    return shapes


def _check_npz_header(path: Path, key: str, shape: tuple, dtype: np.dtype) -> tuple:
    images = key.startswith("x_")
    if dtype.hasobject or dtype.kind not in "ui" or (images and dtype != np.uint8):
        want = translate("MNIST", "uint8 pixels") if images else \
            translate("MNIST", "integer labels")
        raise MnistError(path, translate("MNIST", "array '{key}' has dtype {dtype}; expected "
                                         "{want}").format(key=key, dtype=dtype, want=want))
    ok = shape[1:] in ((ROWS, COLS), (PIXELS,)) if images else len(shape) == 1
    if not ok:
        want = translate("MNIST", "(N, 28, 28) or (N, 784)") if images else "(N,)"
        raise MnistError(path, translate("MNIST", "array '{key}' has shape {shape}; expected "
                                         "{want}").format(key=key, shape=shape, want=want))
    if not 0 < shape[0] <= MAX_COUNT:
        raise MnistError(path, translate("MNIST", "array '{key}' holds {count:,} items; "
                                         "expected 1 to {limit:,}").format(
            key=key, count=shape[0], limit=MAX_COUNT))
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
    where = (translate("MNIST", "the folder does not exist, so the MNIST files are missing")
             if not folder.exists() else
             translate("MNIST", "MNIST files are missing from the folder"))
    return translate("MNIST", "{where}: {names}. Pass --data DIR with a folder holding the four "
                     "MNIST files ({files}, each .gz or raw) or an {npz}, or let Backprop "
                     "Studio download them (train --download, or Download in the Training "
                     "panel)").format(where=where, names=names, files=", ".join(IDX_NAMES),
                                      npz=NPZ_NAME)
