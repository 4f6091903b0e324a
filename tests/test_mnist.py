"""The MNIST loader: small IDX and npz files written here, and the real digits beside the repo."""

import gzip
import io
import tracemalloc
import zipfile
from pathlib import Path

import numpy as np
import pytest

from core.training import mnist
from core.training.idx import MnistError, read_idx_images, read_idx_labels
from core.training.mnist import load_mnist

SHARED_MNIST = Path(__file__).resolve().parents[1].parent / "shared" / "mnist"
SPLIT_MD5 = {
    "train-images-idx3-ubyte.gz": "7bfcfd73c3e50c60ab2d6b2a1b4d3fb2",
    "train-labels-idx1-ubyte.gz": "5d2a2ce767baf8a92712a77f414aab7a",
    "t10k-images-idx3-ubyte.gz": "5d98c1c48a7ae31c7b90df01ce2e2ebd",
    "t10k-labels-idx1-ubyte.gz": "2c4ce9dcbe0bdd4d2d9287606f789f3b",
}


def idx_images(pixels: np.ndarray, *, magic=2051, count=None, rows=28, cols=28) -> bytes:
    header = [magic, len(pixels) if count is None else count, rows, cols]
    return b"".join(v.to_bytes(4, "big") for v in header) + pixels.astype(np.uint8).tobytes()


def idx_labels(labels, *, magic=2049, count=None) -> bytes:
    labels = np.asarray(labels, dtype=np.uint8)
    header = [magic, len(labels) if count is None else count]
    return b"".join(v.to_bytes(4, "big") for v in header) + labels.tobytes()


def make_set(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (n, 28, 28), dtype=np.uint8), rng.integers(0, 10, n, dtype=np.uint8)


def write_folder(folder: Path, *, gz=True, n_train=6, n_test=4):
    """Write a complete small MNIST folder; return the arrays written."""
    folder.mkdir(parents=True, exist_ok=True)
    (x_train, t_train), (x_test, t_test) = make_set(n_train, 1), make_set(n_test, 2)
    contents = {
        "train-images-idx3-ubyte": idx_images(x_train),
        "train-labels-idx1-ubyte": idx_labels(t_train),
        "t10k-images-idx3-ubyte": idx_images(x_test),
        "t10k-labels-idx1-ubyte": idx_labels(t_test),
    }
    for name, data in contents.items():
        if gz:
            (folder / (name + ".gz")).write_bytes(gzip.compress(data))
        else:
            (folder / name).write_bytes(data)
    return x_train, t_train, x_test, t_test


# -- loading valid files -------------------------------------------------------------------

@pytest.mark.parametrize("gz", [True, False], ids=["gzip", "raw"])
def test_loads_small_folder(tmp_path, gz):
    x_train, t_train, x_test, t_test = write_folder(tmp_path, gz=gz)
    data = load_mnist(tmp_path)
    assert data.x_train.shape == (6, 784) and data.x_test.shape == (4, 784)
    assert data.x_train.dtype == np.float32
    np.testing.assert_array_equal(data.x_train, x_train.reshape(6, 784) / np.float32(255))
    np.testing.assert_array_equal(data.x_test, x_test.reshape(4, 784) / np.float32(255))
    assert data.t_train.dtype == np.int64
    assert data.t_train.tolist() == t_train.tolist()
    assert data.t_test.tolist() == t_test.tolist()


def test_float64_and_one_hot(tmp_path):
    x_train, t_train, _, t_test = write_folder(tmp_path)
    data = load_mnist(tmp_path, dtype=np.float64, one_hot=True)
    assert data.x_train.dtype == np.float64
    assert data.x_train[0, 5] == x_train[0].ravel()[5] / 255.0
    assert data.t_train.shape == (6, 10) and data.t_train.dtype == np.float64
    assert data.t_train.argmax(axis=1).tolist() == t_train.tolist()
    assert data.t_train.sum(axis=1).tolist() == [1.0] * 6
    assert data.t_test.argmax(axis=1).tolist() == t_test.tolist()


def test_pixel_range_ends_exactly_at_0_and_1(tmp_path):
    pixels = np.zeros((2, 28, 28), dtype=np.uint8)
    pixels[1] = 255
    path = tmp_path / "imgs-idx3-ubyte"
    path.write_bytes(idx_images(pixels))
    assert read_idx_images(path).tolist() == [[0] * 784, [255] * 784]


def test_mixed_gzip_and_raw_files_in_one_folder(tmp_path):
    write_folder(tmp_path, gz=True)
    raw = gzip.decompress((tmp_path / "train-labels-idx1-ubyte.gz").read_bytes())
    (tmp_path / "train-labels-idx1-ubyte.gz").unlink()
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(raw)
    assert load_mnist(tmp_path).t_train.shape == (6,)


def test_rejects_integer_dtype(tmp_path):
    write_folder(tmp_path)
    with pytest.raises(ValueError, match="float32 or float64"):
        load_mnist(tmp_path, dtype=np.int32)


# -- every validation error names the file and the problem ---------------------------------

X, T = make_set(3, 7)
IMAGES = idx_images(X)
LABELS = idx_labels(T)

BAD_FILES = {
    "empty": ("img", b"", False, "the file is empty"),
    "not gzip": ("img", IMAGES, False, "named .gz but is not gzip-compressed"),
    "wrong magic": ("img", idx_images(X, magic=1234), True,
                    "magic number 2051 (it starts with 1234)"),
    "labels as images": ("img", LABELS, True, "looks like a label file"),
    "images as labels": ("lbl", IMAGES, True, "looks like an image file"),
    "short header": ("img", IMAGES[:10], True, "too short for an IDX image-file header"),
    "truncated": ("img", IMAGES[:-100], True,
                  "truncated: the header declares 3 images but the decompressed data holds "
                  "only 2,252 of their 2,352 bytes (2 whole images)"),
    "trailing": ("img", IMAGES + b"\0", True, "trailing data after the 3 images"),
    "label trailing": ("lbl", LABELS + b"\1\2", True, "trailing data after the 3 labels"),
    "label truncated": ("lbl", LABELS[:-1], True, "declares 3 labels but the decompressed "
                        "data holds only 2 of their 3 bytes"),
    "rows": ("img", idx_images(X, rows=29), True, "images of 29 x 28 pixels"),
    "cols huge": ("img", idx_images(X, cols=2**31 - 1), True, "28 x 2,147,483,647 pixels"),
    "count huge": ("img", idx_images(X, count=2**31 - 1), True,
                   "declares 2,147,483,647 images, more than the 300,000"),
    "count zero": ("lbl", idx_labels(T, count=0), True, "declares no labels"),
    "label value": ("lbl", idx_labels([1, 2, 10]), True, "labels[2] is 10; MNIST labels "
                    "are the digits 0-9"),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_bad_idx_file_is_refused_with_its_name_and_problem(tmp_path, case):
    kind, data, compress, problem = BAD_FILES[case]
    path = tmp_path / f"{kind}-idx-ubyte.gz"
    path.write_bytes(gzip.compress(data) if compress else data)
    read = read_idx_images if kind == "img" else read_idx_labels
    with pytest.raises(MnistError) as info:
        read(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_raw_file_errors_use_file_words(tmp_path):
    path = tmp_path / "img-idx3-ubyte"
    path.write_bytes(IMAGES[:-784])
    with pytest.raises(MnistError, match=r"the header declares 3 images \(2,352 bytes\) but "
                                         r"the file cannot hold that many"):
        read_idx_images(path)
    path.write_bytes(IMAGES + b"xyz")
    with pytest.raises(MnistError, match="trailing data"):
        read_idx_images(path)


def test_gzip_content_without_gz_suffix_gets_a_hint(tmp_path):
    path = tmp_path / "img-idx3-ubyte"
    path.write_bytes(gzip.compress(IMAGES))
    with pytest.raises(MnistError, match="looks gzip-compressed: name it with a .gz suffix"):
        read_idx_images(path)


@pytest.mark.parametrize("cut", [5, 30, -9, -1], ids=["in-header", "in-stream", "in-crc",
                                                       "last-byte"])
def test_corrupt_gzip_stream(tmp_path, cut):
    path = tmp_path / "img.gz"
    path.write_bytes(gzip.compress(IMAGES)[:cut])
    with pytest.raises(MnistError, match="gzip data is corrupt or cut short") as info:
        read_idx_images(path)
    assert str(path) in str(info.value)


def test_flipped_crc_is_refused(tmp_path):
    data = bytearray(gzip.compress(IMAGES))
    data[-6] ^= 0xFF  # inside the CRC32 trailer
    path = tmp_path / "img.gz"
    path.write_bytes(bytes(data))
    with pytest.raises(MnistError, match="corrupt"):
        read_idx_images(path)


def test_lying_header_in_tiny_gzip_allocates_nothing_big(tmp_path):
    """A 100-byte .gz claiming 300,000 images (235 MB) is refused before reading."""
    path = tmp_path / "img.gz"
    path.write_bytes(gzip.compress(idx_images(X, count=mnist.MAX_COUNT)))
    tracemalloc.start()
    try:
        with pytest.raises(MnistError, match="cannot hold that many"):
            read_idx_images(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2**20


def test_count_mismatch_names_both_files(tmp_path):
    write_folder(tmp_path)
    (tmp_path / "t10k-labels-idx1-ubyte.gz").write_bytes(gzip.compress(idx_labels([1, 2, 3])))
    with pytest.raises(MnistError) as info:
        load_mnist(tmp_path)
    message = str(info.value)
    assert "t10k-labels-idx1-ubyte.gz: holds 3 labels but t10k-images-idx3-ubyte.gz holds " \
           "4 images" in message


# -- folders -------------------------------------------------------------------------------

def test_missing_files_say_which_where_and_how(tmp_path):
    write_folder(tmp_path)
    (tmp_path / "train-labels-idx1-ubyte.gz").unlink()
    (tmp_path / "t10k-images-idx3-ubyte.gz").unlink()
    with pytest.raises(MnistError) as info:
        load_mnist(tmp_path)
    message = str(info.value)
    assert str(tmp_path) in message
    assert "train-labels-idx1-ubyte[.gz], t10k-images-idx3-ubyte[.gz]" in message
    assert "train-images-idx3-ubyte[.gz]" not in message  # present files are not listed
    assert "--data DIR" in message


def test_missing_folder(tmp_path):
    with pytest.raises(MnistError, match="the folder does not exist.*--data DIR") as info:
        load_mnist(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(info.value)


def test_a_file_is_not_a_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("hi")
    with pytest.raises(MnistError, match="is not a folder"):
        load_mnist(tmp_path / "notes.txt")


def test_default_folder_is_the_user_cache(tmp_path, monkeypatch):
    asked = []

    def fake_cache_dir(app):
        asked.append(app)
        return str(tmp_path / "cache" / app)

    monkeypatch.setattr(mnist.platformdirs, "user_cache_dir", fake_cache_dir)
    expected = tmp_path / "cache" / "backprop-studio" / "mnist"
    assert mnist.default_folder() == expected
    with pytest.raises(MnistError) as info:
        load_mnist()
    assert str(expected) in str(info.value)
    write_folder(expected)
    assert load_mnist().x_train.shape == (6, 784)
    assert set(asked) == {"backprop-studio"}


# -- npz -----------------------------------------------------------------------------------

def save_npz(path, **arrays):
    np.savez(path, **arrays)
    return path


def test_npz_round_trip(tmp_path):
    (x_train, t_train), (x_test, t_test) = make_set(5, 3), make_set(2, 4)
    save_npz(tmp_path / "mnist.npz", x_train=x_train, y_train=t_train, x_test=x_test,
             y_test=t_test)
    for source in (tmp_path, tmp_path / "mnist.npz"):  # the folder, or the file itself
        data = load_mnist(source, one_hot=True)
        np.testing.assert_array_equal(data.x_train, x_train.reshape(5, 784) / np.float32(255))
        np.testing.assert_array_equal(data.x_test, x_test.reshape(2, 784) / np.float32(255))
        assert data.t_train.argmax(axis=1).tolist() == t_train.tolist()
        assert data.t_test.argmax(axis=1).tolist() == t_test.tolist()


def test_npz_flat_images_and_int64_labels(tmp_path):
    x, _ = make_set(3, 5)
    path = save_npz(tmp_path / "m.npz", x_train=x.reshape(3, 784), y_train=np.array([9, 0, 4]),
                    x_test=x[:1].reshape(1, 784), y_test=np.array([3]))
    data = load_mnist(path)
    assert data.t_train.tolist() == [9, 0, 4] and data.t_test.tolist() == [3]
    assert data.x_train.shape == (3, 784)


def good_npz_arrays():
    (x_train, t_train), (x_test, t_test) = make_set(4, 6), make_set(2, 7)
    return dict(x_train=x_train, y_train=t_train, x_test=x_test, y_test=t_test)


@pytest.mark.parametrize("change, problem", [
    ({"y_test": None}, "has no array 'y_test'"),
    ({"x_train": np.zeros((4, 28, 28), np.float32)}, "'x_train' has dtype float32; expected "
                                                     "uint8 pixels"),
    ({"y_train": np.zeros(4, np.float64)}, "'y_train' has dtype float64; expected integer"),
    ({"x_test": np.zeros((2, 27, 28), np.uint8)}, "'x_test' has shape (2, 27, 28)"),
    ({"y_train": np.zeros((4, 1), np.uint8)}, "'y_train' has shape (4, 1); expected (N,)"),
    ({"y_train": np.zeros(3, np.uint8)}, "x_train holds 4 images but y_train holds 3 labels"),
    ({"y_test": np.array([1, -1])}, "y_test[1] is -1"),
    ({"y_test": np.array([1, 12])}, "y_test[1] is 12"),
    ({"x_train": np.zeros((0, 784), np.uint8)}, "'x_train' holds 0 items"),
    ({"y_test": np.array([object(), 1], dtype=object)}, "'y_test' has dtype object"),
], ids=["missing-key", "float-images", "float-labels", "shape", "label-shape", "count",
        "negative-label", "label-10+", "empty", "object"])
def test_bad_npz(tmp_path, change, problem):
    arrays = good_npz_arrays()
    arrays.update(change)
    arrays = {k: v for k, v in arrays.items() if v is not None}
    path = tmp_path / "mnist.npz"
    np.savez(path, **arrays)
    with pytest.raises(MnistError) as info:
        load_mnist(path)
    assert str(path) in str(info.value) and problem in str(info.value)


def test_npz_that_is_not_a_zip(tmp_path):
    path = tmp_path / "mnist.npz"
    path.write_bytes(b"this is not a zip file at all")
    with pytest.raises(MnistError, match="cannot be read as an .npz archive") as info:
        load_mnist(path)
    assert str(path) in str(info.value)


def test_npz_header_claiming_gigabytes_is_refused_before_loading(tmp_path):
    path = tmp_path / "mnist.npz"
    np.savez(path, **good_npz_arrays())
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        header, {"descr": "|u1", "fortran_order": False, "shape": (2**31 - 1, 784)})
    with zipfile.ZipFile(path, "a") as archive:
        # Same member name twice: the later entry wins when read, as in a crafted file.
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("x_train.npy", header.getvalue() + b"\0" * 784)
    tracemalloc.start()
    try:
        with pytest.raises(MnistError, match="'x_train' holds 2,147,483,647 items"):
            load_mnist(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20


# -- md5 -----------------------------------------------------------------------------------

def test_verify_md5_on_small_files(tmp_path):
    (tmp_path / "a.gz").write_bytes(b"abc")
    sums = {"a.gz": "900150983CD24FB0D6963F7D28E17F72", "b.gz": "0" * 32}
    assert mnist.md5_of(tmp_path / "a.gz") == "900150983cd24fb0d6963f7d28e17f72"
    assert mnist.verify_md5(tmp_path, sums) == {"a.gz": True}
    (tmp_path / "b.gz").write_bytes(b"x")
    assert mnist.verify_md5(tmp_path, sums) == {"a.gz": True, "b.gz": False}
    assert mnist.verify_md5(tmp_path) == {}  # none of the official files is here


# -- the real digits -----------------------------------------------------------------------

@pytest.fixture
def shared_mnist() -> Path:
    if not (SHARED_MNIST / "t10k-images-idx3-ubyte.gz").is_file():
        pytest.skip(f"the real MNIST digits are not at {SHARED_MNIST} (see DESIGN.md, Data)")
    return SHARED_MNIST


def test_official_files_match_published_md5(shared_mnist):
    assert mnist.verify_md5(shared_mnist) == {
        "t10k-images-idx3-ubyte.gz": True, "t10k-labels-idx1-ubyte.gz": True}
    assert mnist.md5_of(shared_mnist / "t10k-images-idx3-ubyte.gz") == \
        "9fb629c4189551a2d022fa330f9573f3"


def test_split_files_match_their_md5(shared_mnist):
    assert mnist.verify_md5(shared_mnist / "t10k-split", SPLIT_MD5) == \
        {name: True for name in SPLIT_MD5}


def test_official_t10k_files(shared_mnist):
    x = read_idx_images(shared_mnist / "t10k-images-idx3-ubyte.gz")
    t = read_idx_labels(shared_mnist / "t10k-labels-idx1-ubyte.gz")
    assert x.shape == (10_000, 784) and x.dtype == np.uint8
    assert t[:5].tolist() == [7, 2, 1, 0, 4]
    assert np.bincount(t, minlength=10).tolist() == [980, 1135, 1032, 1010, 982, 892, 958,
                                                     1028, 974, 1009]


def test_split_folder_loads(shared_mnist):
    data = load_mnist(shared_mnist / "t10k-split")
    assert data.x_train.shape == (8000, 784) and data.x_test.shape == (2000, 784)
    assert data.x_train.dtype == np.float32
    assert data.x_train.min() == 0.0 and data.x_train.max() == 1.0
    assert data.x_test.min() == 0.0 and data.x_test.max() == 1.0
    assert data.t_train[:5].tolist() == [7, 2, 1, 0, 4]  # the first 8,000 official digits
    assert data.t_train.shape == (8000,) and data.t_test.shape == (2000,)
    assert set(data.t_test.tolist()) == set(range(10))


def test_split_folder_one_hot(shared_mnist):
    data = load_mnist(shared_mnist / "t10k-split", one_hot=True, dtype=np.float64)
    assert data.t_train.shape == (8000, 10) and data.t_test.shape == (2000, 10)
    assert data.t_train.dtype == np.float64
    assert data.t_train[:5].argmax(axis=1).tolist() == [7, 2, 1, 0, 4]
    assert (data.t_test.sum(axis=1) == 1).all()
