"""Fuzz the IDX loader: mutated files either load or raise MnistError, and never cost memory.

A seeded mutator (so every failure reproduces from its case number) damages small valid
IDX files in the ways real files go bad and headers lie: flipped bits, truncation, header
fields set to edge values up to 2**32 - 1, inserted and deleted bytes, trailing data,
damaged gzip streams, raw bytes behind a .gz name, and empty files. tracemalloc watches the
whole run: a lying header that slipped past the checks would allocate hundreds of megabytes.
"""

import gzip
import random
import tracemalloc

import numpy as np
import pytest

from core.training import mnist
from core.training.idx import MnistError, read_idx_images, read_idx_labels
from core.training.mnist import load_mnist

SEED = 20240611
SINGLE_FILE_CASES = 2400
FOLDER_CASES = 200
EDGE_VALUES = [0, 1, 2, 3, 4, 9, 10, 27, 28, 29, 255, 256, 784, 2049, 2051, 2**16, 2**24,
               mnist.MAX_COUNT, mnist.MAX_COUNT + 1, 2**31 - 1, 2**31, 2**32 - 1]
NAMES = mnist.IDX_NAMES


def idx_file(rng: random.Random, images: bool, n: int | None = None) -> bytes:
    n = rng.randint(1, 4) if n is None else n
    if images:
        header = [2051, n, 28, 28]
        body = rng.randbytes(n * 784)
    else:
        header = [2049, n]
        body = bytes(rng.randrange(10) for _ in range(n))
    return b"".join(v.to_bytes(4, "big") for v in header) + body


def mutate_content(rng: random.Random, data: bytes, images: bool) -> tuple[bytes, str]:
    """Damage the decompressed IDX bytes; return them and a description of the damage."""
    data = bytearray(data)
    header = 16 if images else 8
    kind = rng.choice(["flip", "flip", "field", "field", "truncate", "trailing", "insert",
                       "delete", "labels", "none"])
    if kind == "flip":
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(header) if rng.random() < 0.7 else rng.randrange(len(data))
            data[at] ^= 1 << rng.randrange(8)
    elif kind == "field":
        field = rng.randrange(header // 4)
        value = rng.choice(EDGE_VALUES) if rng.random() < 0.8 else rng.getrandbits(32)
        data[4 * field:4 * field + 4] = value.to_bytes(4, "big")
    elif kind == "truncate":
        del data[rng.randrange(len(data) + 1):]
    elif kind == "trailing":
        data += rng.randbytes(rng.randint(1, 900))
    elif kind == "insert":
        at = rng.randrange(len(data) + 1)
        data[at:at] = rng.randbytes(rng.randint(1, 20))
    elif kind == "delete":
        at = rng.randrange(len(data))
        del data[at:at + rng.randint(1, 20)]
    elif kind == "labels" and not images:
        data[header + rng.randrange(len(data) - header)] = rng.choice([10, 11, 128, 255])
    return bytes(data), kind


def mutate_container(rng: random.Random, content: bytes, gz: bool) -> tuple[bytes, str]:
    """Wrap the content as the file holds it, sometimes damaging the wrapping itself."""
    if not gz:
        return content, "raw"
    kind = rng.choice(["gzip"] * 6 + ["not-gzip", "gzip-flip", "gzip-cut", "empty",
                                      "two-members"])
    packed = bytearray(gzip.compress(content, compresslevel=rng.choice([1, 6, 9]), mtime=0))
    if kind == "not-gzip":
        return content, kind
    if kind == "gzip-flip":
        for _ in range(rng.randint(1, 4)):
            packed[rng.randrange(len(packed))] ^= 1 << rng.randrange(8)
    elif kind == "gzip-cut":
        del packed[rng.randrange(len(packed)):]
    elif kind == "empty":
        return b"", kind
    elif kind == "two-members":
        packed += gzip.compress(content[: rng.randrange(len(content) + 1)], mtime=0)
    return bytes(packed), kind


def check_images(x: np.ndarray) -> None:
    assert x.dtype == np.uint8 and x.ndim == 2 and x.shape[1] == 784
    assert 1 <= len(x) <= mnist.MAX_COUNT


def check_labels(t: np.ndarray) -> None:
    assert t.dtype == np.uint8 and t.ndim == 1 and 1 <= len(t)
    assert int(t.max()) <= 9


@pytest.fixture
def traced():
    """Track Python and NumPy allocations; yield a function returning the peak so far."""
    tracemalloc.start()
    try:
        yield lambda: tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_mutated_idx_files_load_or_raise_mnist_error(tmp_path, traced):
    rng = random.Random(SEED)
    outcomes = {"loaded": 0, "refused": 0}
    for case in range(SINGLE_FILE_CASES):
        images = rng.random() < 0.5
        gz = rng.random() < 0.6
        content, damage = mutate_content(rng, idx_file(rng, images), images)
        data, wrapping = mutate_container(rng, content, gz)
        path = tmp_path / (f"case-idx{3 if images else 1}-ubyte" + (".gz" if gz else ""))
        path.write_bytes(data)
        try:
            if images:
                check_images(read_idx_images(path))
            else:
                check_labels(read_idx_labels(path))
            outcomes["loaded"] += 1
        except MnistError as e:
            assert str(path) in str(e), f"case {case}: message lacks the path: {e}"
            outcomes["refused"] += 1
        except Exception as e:  # noqa: BLE001 - the point: anything else is a bug
            pytest.fail(f"case {case} ({damage}, {wrapping}): {type(e).__name__}: {e}")
    assert sum(outcomes.values()) == SINGLE_FILE_CASES
    # The mutator must exercise both outcomes, or it is not testing much.
    assert outcomes["loaded"] > 200 and outcomes["refused"] > 1000, outcomes
    assert traced() < 32 * 2**20


@pytest.mark.slow
def test_folders_with_one_mutated_file_load_or_raise_mnist_error(tmp_path, traced):
    rng = random.Random(SEED + 1)
    outcomes = {"loaded": 0, "refused": 0}
    for case in range(FOLDER_CASES):
        for old in tmp_path.iterdir():
            old.unlink()
        victim = rng.choice(NAMES)
        counts = {"train": rng.randint(1, 4), "t10k": rng.randint(1, 4)}
        for name in NAMES:
            images = "images" in name
            content = idx_file(rng, images, counts[name.split("-")[0]])
            gz = rng.random() < 0.5
            if name == victim:
                content, damage = mutate_content(rng, content, images)
                data, wrapping = mutate_container(rng, content, gz)
            else:
                data = gzip.compress(content) if gz else content
            (tmp_path / (name + (".gz" if gz else ""))).write_bytes(data)
        try:
            result = load_mnist(tmp_path, one_hot=rng.random() < 0.5)
            for x in (result.x_train, result.x_test):
                assert x.shape[1] == 784 and 0.0 <= x.min() and x.max() <= 1.0
            assert len(result.t_train) == len(result.x_train)
            assert len(result.t_test) == len(result.x_test)
            outcomes["loaded"] += 1
        except MnistError as e:
            assert victim in str(e), f"case {case}: the message does not name {victim}: {e}"
            outcomes["refused"] += 1
        except Exception as e:  # noqa: BLE001
            pytest.fail(f"folder case {case} ({victim}, {damage}, {wrapping}): "
                        f"{type(e).__name__}: {e}")
    assert outcomes["loaded"] > 10 and outcomes["refused"] > FOLDER_CASES // 2, outcomes
    assert traced() < 32 * 2**20
