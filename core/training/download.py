"""Download missing MNIST files from public mirrors, checking each file's md5.

Each file is fetched over HTTPS (plain HTTP only to this machine, which the tests use)
and streamed through `core.files.atomic.replacing`: into a temporary file in the target folder,
hashed as it arrives, and renamed to its final name only when the md5 matches, so an
interrupted or corrupt download never leaves a file the loader would trust. Mirrors are
tried in turn; a dead, failing or corrupt mirror makes the next one be tried. When all
fail, `DownloadError` lists every mirror and why it failed and tells the user how to fetch
the files by hand.

`download_missing` fetches what `core.training.mnist.load_mnist` would miss in a folder; the loader
itself never downloads (this module imports it, never the other way round).
`DownloadError` subclasses `core.training.mnist.MnistError` (a ValueError), so one `except
MnistError` handles every way MNIST can be unavailable. File names are fixed constants;
nothing the server sends is used to build a path.
"""

from __future__ import annotations

import http.client
import ipaddress
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from tqdm import tqdm

from core.files import atomic
from core.i18n import system_reason, translate
from core.training.idx import MnistError
from core.training.mnist import OFFICIAL_MD5, default_folder, missing_files

MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)
FILE_NAMES = tuple(OFFICIAL_MD5)  # the four .gz names, in train/test order
TIMEOUT = 10.0                     # seconds; offline must fail fast, not hang
MAX_BYTES = 64 * 2**20             # the largest MNIST file is under 10 MB
CHUNK = 1 << 16

ProgressCallback = Callable[[int, "int | None"], None]


class DownloadError(MnistError):
    """Every mirror failed (or none may be used); `failures` holds (url, reason) pairs."""

    def __init__(self, where, problem: str, failures: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(where, problem)
        self.failures = list(failures)


class _MirrorFailed(Exception):
    """One mirror could not deliver one file; the next mirror is tried."""


def check_mirror(url: str) -> str:
    """Return `url` ending in '/', or raise DownloadError if it is not a safe mirror.

    Only https is allowed, except plain http to a loopback host (127.0.0.0/8, localhost,
    ::1): an http download from anywhere else could be swapped in transit.
    """
    if not _is_safe_url(url):
        raise DownloadError(url, translate("Download", "refused: MNIST mirrors must use "
                                           "https:// (plain http is allowed only to this "
                                           "machine, e.g. http://127.0.0.1)"))
    return url if url.endswith("/") else url + "/"


def download_mnist(folder: str | os.PathLike, *, names: Sequence[str] | None = None,
                   mirrors: Sequence[str] | None = None, md5: Mapping[str, str] | None = None,
                   progress: bool = True, progress_callback: ProgressCallback | None = None,
                   timeout: float = TIMEOUT) -> list[Path]:
    """Download `names` (default: the four MNIST .gz files) into `folder`.

    `md5` maps each file name to its expected md5 (default: the official MNIST sums);
    `progress` shows a tqdm bar on stderr; `progress_callback(done_bytes, total_bytes)`
    is called as bytes arrive (`total_bytes` is None when the server does not say).
    Returns the paths written. Raises DownloadError when a file cannot be had from any
    mirror, or when a mirror URL is refused.
    """
    folder = Path(folder)
    names = list(FILE_NAMES if names is None else names)
    sums = OFFICIAL_MD5 if md5 is None else md5
    mirrors = [check_mirror(url) for url in (MIRRORS if mirrors is None else mirrors)]
    if not mirrors:
        raise DownloadError(folder, translate("Download", "no download mirrors given"))
    for name in names:
        if Path(name).name != name or name.startswith("."):
            raise DownloadError(folder, translate("Download", "refused the file name {name!r}: "
                                                  "it must be a plain file name, not a path")
                                .format(name=name))
        if name not in sums:
            raise DownloadError(folder, translate("Download", "no md5 sum known for {name}; "
                                                  "refusing to download a file that cannot be "
                                                  "checked").format(name=name))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DownloadError(folder, translate("Download", "cannot create the folder ({reason})")
                            .format(reason=system_reason(e))) from None
    written = []
    for name in names:
        failures = []
        for url in list(mirrors):
            try:
                written.append(_fetch(url + name, folder, name, sums[name].lower(),
                                      timeout, progress, progress_callback))
            except _MirrorFailed as e:
                failures.append((url, str(e)))
                continue
            # Try the mirror that worked first for the remaining files.
            mirrors.remove(url)
            mirrors.insert(0, url)
            break
        else:
            raise DownloadError(folder, _all_failed_message(name, failures), failures)
    return written


def download_missing(folder: str | os.PathLike | None = None, *,
                     mirrors: Sequence[str] | None = None, md5: Mapping[str, str] | None = None,
                     progress: bool = True, progress_callback: ProgressCallback | None = None,
                     timeout: float = TIMEOUT) -> list[Path]:
    """Download the MNIST files `load_mnist(folder)` would miss (folder: default the
    per-user cache folder); returns the paths written, none when nothing is missing."""
    path = default_folder() if folder is None else Path(folder)
    if path.suffix == ".npz" and path.is_file():
        return []
    names = [name + ".gz" for name in missing_files(path)]
    if not names:
        return []
    return download_mnist(path, names=names, mirrors=mirrors, md5=md5, progress=progress,
                          progress_callback=progress_callback, timeout=timeout)


# -- one file from one mirror --------------------------------------------------------------

def _fetch(url: str, folder: Path, name: str, expected_md5: str, timeout: float,
           progress: bool, callback: ProgressCallback | None) -> Path:
    """Stream `url` into `folder / name`, which appears only once the md5 matches."""
    final = folder / name
    try:
        with atomic.replacing(final, md5=expected_md5) as out:
            _copy(url, out, timeout, progress, callback, name)
    except atomic.ChecksumError as e:
        raise _MirrorFailed(translate("Download", "the file's md5 is {got}, expected "
                                      "{expected}: the download is corrupt").format(
            got=e.got, expected=e.expected)) from None
    except OSError as e:  # network errors are already _MirrorFailed: this is the disk
        raise DownloadError(folder, translate("Download", "cannot write {name} ({reason})")
                            .format(name=name, reason=system_reason(e))) from None
    return final


def _copy(url: str, out, timeout: float, progress: bool,
          callback: ProgressCallback | None, name: str) -> None:
    """Copy the body of `url` into `out`. Network trouble is _MirrorFailed."""
    try:
        response = _opener(url).open(url, timeout=timeout)
    except urllib.error.HTTPError as e:
        e.close()
        raise _MirrorFailed(f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise _MirrorFailed(_reason(e.reason)) from None
    except (OSError, ValueError, http.client.HTTPException) as e:
        raise _MirrorFailed(_reason(e)) from None
    with response:
        total = _content_length(response)
        if total is not None and total > MAX_BYTES:
            raise _MirrorFailed(translate("Download", "the server offers {total:,} bytes; an "
                                          "MNIST file is under {limit:,}").format(
                total=total, limit=MAX_BYTES))
        done = 0
        with tqdm(total=total, unit="B", unit_scale=True, desc=name, disable=not progress,
                  leave=False) as bar:
            while True:
                try:
                    chunk = response.read(CHUNK)
                except (OSError, ValueError, http.client.HTTPException) as e:
                    # a reset, a timeout, a bad chunked encoding
                    raise _MirrorFailed(translate("Download", "the transfer broke off "
                                                  "({reason})").format(reason=_reason(e))
                                        ) from None
                if not chunk:
                    break
                done += len(chunk)
                if done > MAX_BYTES:
                    raise _MirrorFailed(translate("Download", "the server sent more than "
                                                  "{limit:,} bytes").format(limit=MAX_BYTES))
                out.write(chunk)
                bar.update(len(chunk))
                if callback is not None:
                    callback(done, total)
    if total is not None and done != total:
        raise _MirrorFailed(translate("Download", "the transfer broke off after {done:,} of "
                                      "{total:,} bytes").format(done=done, total=total))


def _opener(url: str) -> urllib.request.OpenerDirector:
    handlers: list = [_SafeRedirect()]
    if _is_loopback(urllib.parse.urlsplit(url).hostname):
        handlers.append(urllib.request.ProxyHandler({}))  # never proxy this machine
    return urllib.request.build_opener(*handlers)


class _SafeRedirect(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to URLs a mirror itself could have: no https→http downgrade."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not _is_safe_url(newurl):
            raise urllib.error.URLError(translate("Download", "refused a redirect to {url} (not "
                                                  "https)").format(url=newurl))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _is_safe_url(url: str) -> bool:
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if not host:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(host))


def _is_loopback(host: str | None) -> bool:
    if host is None:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _content_length(response) -> int | None:
    try:
        value = int(response.headers.get("Content-Length", ""))
    except ValueError:
        return None
    return value if value >= 0 else None


def _reason(reason) -> str:
    """A plain-words reason for a network error."""
    if isinstance(reason, TimeoutError):
        return translate("Download", "timed out (no network, or the server is not answering)")
    if isinstance(reason, ConnectionRefusedError):
        return translate("Download", "connection refused (nothing is listening there)")
    if isinstance(reason, OSError) and reason.strerror:
        return system_reason(reason)
    return str(reason) or type(reason).__name__


def _all_failed_message(name: str, failures: Sequence[tuple[str, str]]) -> str:
    lines = [translate("Download", "could not download {name} from any mirror:").format(
        name=name)]
    lines += [f"  {url}{name}: {why}" for url, why in failures]
    lines.append(translate("Download", "If this machine is offline or the mirrors are down, "
                           "download the four files ({files}) by hand from one of these "
                           "mirrors into a folder and pass --data DIR.").format(
        files=", ".join(FILE_NAMES)))
    return "\n".join(lines)
