"""Downloading MNIST for real, from HTTP servers on this machine: good, corrupt and dead."""

import functools
import shutil
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from core.training import download
from core.training.download import DownloadError, download_missing, download_mnist
from core.training.idx import MnistError
from core.training.mnist import load_mnist, md5_of

SPLIT = Path(__file__).resolve().parents[1].parent / "shared" / "mnist" / "t10k-split"
SPLIT_MD5 = {
    "train-images-idx3-ubyte.gz": "7bfcfd73c3e50c60ab2d6b2a1b4d3fb2",
    "train-labels-idx1-ubyte.gz": "5d2a2ce767baf8a92712a77f414aab7a",
    "t10k-images-idx3-ubyte.gz": "5d98c1c48a7ae31c7b90df01ce2e2ebd",
    "t10k-labels-idx1-ubyte.gz": "2c4ce9dcbe0bdd4d2d9287606f789f3b",
}
NAMES = list(SPLIT_MD5)

pytestmark = pytest.mark.skipif(not SPLIT.is_dir(),
                                reason=f"the real MNIST digits are not at {SPLIT}")


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves a folder, records each requested path, and keeps the test output clean."""

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        self.server.requests.append(self.path)
        super().do_GET()


class RedirectHandler(QuietHandler):
    """Redirects every request to plain http on a public host: a downgrade attack."""

    def do_GET(self):
        self.server.requests.append(self.path)
        self.send_response(302)
        self.send_header("Location", "http://example.com" + self.path)
        self.end_headers()


class ShortHandler(QuietHandler):
    """Promises 1,000 bytes and sends 10, then hangs up."""

    def do_GET(self):
        self.server.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.wfile.write(b"0123456789")


@pytest.fixture
def serve():
    """Start HTTP servers on 127.0.0.1; return (base url, server). All stop at teardown."""
    running = []

    def start(folder: Path, handler=QuietHandler):
        server = ThreadingHTTPServer(("127.0.0.1", 0),
                                     functools.partial(handler, directory=str(folder)))
        server.requests = []
        # A short poll interval lets shutdown() return quickly at teardown.
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                                  daemon=True)
        thread.start()
        running.append((server, thread))
        return f"http://127.0.0.1:{server.server_address[1]}/mnist/", server

    yield start
    for server, thread in running:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def good(tmp_path, serve):
    folder = tmp_path / "good" / "mnist"
    folder.mkdir(parents=True)
    for name in NAMES:
        shutil.copy(SPLIT / name, folder / name)
    return serve(folder.parent)


@pytest.fixture
def corrupt(tmp_path, serve):
    """Same sizes as the real files, one byte changed in each: only the md5 can tell."""
    folder = tmp_path / "corrupt" / "mnist"
    folder.mkdir(parents=True)
    for name in NAMES:
        data = bytearray((SPLIT / name).read_bytes())
        data[len(data) // 2] ^= 0x01
        (folder / name).write_bytes(bytes(data))
    return serve(folder.parent)


@pytest.fixture
def dead() -> str:
    """A loopback port with nothing listening: connecting is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/mnist/"


def test_downloads_via_the_next_mirror(tmp_path, good, corrupt, dead):
    good_url, good_server = good
    corrupt_url, corrupt_server = corrupt
    target = tmp_path / "data"
    seen = []
    written = download_mnist(target, mirrors=[dead, corrupt_url, good_url], md5=SPLIT_MD5,
                             progress=False, progress_callback=lambda d, t: seen.append((d, t)))
    assert written == [target / name for name in NAMES]
    assert {name: md5_of(target / name) for name in NAMES} == SPLIT_MD5
    # The corrupt mirror was asked for the first file, then the good one took over.
    assert corrupt_server.requests == ["/mnist/train-images-idx3-ubyte.gz"]
    assert good_server.requests == ["/mnist/" + name for name in NAMES]
    assert sorted(p.name for p in target.iterdir()) == sorted(NAMES)  # no temp files
    # The callback reports bytes as they arrive and ends on each file's full size.
    last = seen[-1]
    assert last == (SPLIT.joinpath(NAMES[-1]).stat().st_size,) * 2
    assert (SPLIT.joinpath(NAMES[0]).stat().st_size,) * 2 in seen


def test_load_mnist_downloads_only_missing_files(tmp_path, good, dead, capsys):
    good_url, good_server = good
    target = tmp_path / "cache" / "mnist"
    target.mkdir(parents=True)
    shutil.copy(SPLIT / "t10k-labels-idx1-ubyte.gz", target)
    download_missing(target, mirrors=[dead, good_url], md5=SPLIT_MD5)
    data = load_mnist(target)
    assert data.x_train.shape == (8000, 784) and data.x_test.shape == (2000, 784)
    assert data.t_train[:5].tolist() == [7, 2, 1, 0, 4]
    assert sorted(good_server.requests) == sorted(
        "/mnist/" + name for name in NAMES if name != "t10k-labels-idx1-ubyte.gz")
    assert "train-images-idx3-ubyte.gz" in capsys.readouterr().err  # the tqdm bar
    assert sorted(p.name for p in target.iterdir()) == sorted(NAMES)


def test_load_mnist_creates_the_folder(tmp_path, good):
    download_missing(tmp_path / "new" / "dir", mirrors=[good[0]], md5=SPLIT_MD5,
                     progress=False)
    data = load_mnist(tmp_path / "new" / "dir", dtype=np.float64)
    assert data.x_test.dtype == np.float64 and data.t_test.shape == (2000,)


def test_every_mirror_failing_explains_each_and_the_way_out(tmp_path, corrupt, dead, serve):
    corrupt_url, _ = corrupt
    empty_url, _ = serve(tmp_path)  # answers 404 for every file
    target = tmp_path / "data"
    with pytest.raises(DownloadError) as info:
        download_mnist(target, mirrors=[dead, corrupt_url, empty_url], md5=SPLIT_MD5,
                       progress=False)
    error = info.value
    assert isinstance(error, MnistError) and isinstance(error, ValueError)
    message = str(error)
    assert str(target) in message
    assert "could not download train-images-idx3-ubyte.gz from any mirror" in message
    assert f"{dead}train-images-idx3-ubyte.gz: connection refused" in message
    bad_md5 = md5_of(tmp_path / "corrupt" / "mnist" / "train-images-idx3-ubyte.gz")
    assert (f"{corrupt_url}train-images-idx3-ubyte.gz: the file's md5 is {bad_md5}, "
            "expected 7bfcfd73c3e50c60ab2d6b2a1b4d3fb2: the download is corrupt") in message
    assert f"{empty_url}train-images-idx3-ubyte.gz: HTTP 404" in message
    assert "by hand" in message and "--data DIR" in message
    assert [url for url, _ in error.failures] == [dead, corrupt_url, empty_url]
    assert list(target.iterdir()) == []  # no temp file, no final file


def test_offline_load_mnist_says_so(tmp_path, dead):
    with pytest.raises(DownloadError, match="(?s)connection refused.*--data DIR"):
        download_missing(tmp_path, mirrors=[dead], progress=False)


def test_redirect_to_plain_http_is_refused(tmp_path, serve, good):
    evil_url, evil_server = serve(tmp_path, RedirectHandler)
    target = tmp_path / "data"
    download_mnist(target, names=NAMES[:1], mirrors=[evil_url, good[0]], md5=SPLIT_MD5,
                   progress=False)
    assert evil_server.requests == ["/mnist/" + NAMES[0]]
    assert md5_of(target / NAMES[0]) == SPLIT_MD5[NAMES[0]]
    with pytest.raises(DownloadError, match="refused a redirect to http://example.com/"):
        download_mnist(tmp_path / "other", names=NAMES[:1], mirrors=[evil_url],
                       md5=SPLIT_MD5, progress=False)


def test_short_transfer_is_a_failed_mirror(tmp_path, serve):
    url, _ = serve(tmp_path, ShortHandler)
    target = tmp_path / "data"
    with pytest.raises(DownloadError, match="broke off after 10 of 1,000 bytes"):
        download_mnist(target, names=NAMES[:1], mirrors=[url], md5=SPLIT_MD5)
    assert list(target.iterdir()) == []


@pytest.mark.parametrize("url", [
    "http://example.com/mnist/", "http://10.0.0.1/mnist/", "ftp://127.0.0.1/mnist/",
    "file:///tmp/mnist/", "https:///no-host/", "mnist/",
])
def test_unsafe_mirrors_are_refused_before_any_connection(tmp_path, url):
    with pytest.raises(DownloadError, match="must use https://") as info:
        download_mnist(tmp_path / "data", mirrors=[url])
    assert url in str(info.value)
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("url", [
    "https://example.com/mnist", "http://localhost:8000/m/", "http://127.1.2.3/m/",
    "http://[::1]:9/m/",
])
def test_safe_mirrors_are_accepted(url):
    assert download.check_mirror(url) == url.rstrip("/") + "/"


def test_default_mirrors_are_https():
    assert download.MIRRORS and all(url.startswith("https://") for url in download.MIRRORS)
    assert all(download.check_mirror(url) == url for url in download.MIRRORS)


def test_refuses_a_file_without_a_known_md5(tmp_path, good):
    with pytest.raises(DownloadError, match="no md5 sum known for extra.gz"):
        download_mnist(tmp_path, names=["extra.gz"], mirrors=[good[0]], md5=SPLIT_MD5)


@pytest.mark.parametrize("name", ["../escape.gz", "sub/x.gz", ".hidden.gz"])
def test_refuses_a_file_name_that_is_a_path(tmp_path, good, name):
    with pytest.raises(DownloadError, match="must be a plain file name"):
        download_mnist(tmp_path / "data", names=[name], mirrors=[good[0]], md5={name: "0" * 32})
    assert not (tmp_path / "escape.gz").exists()


def test_unwritable_target_is_a_download_error(tmp_path, good):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DownloadError, match="cannot create the folder"):
        download_mnist(blocker / "mnist", mirrors=[good[0]], md5=SPLIT_MD5)
