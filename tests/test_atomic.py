"""Replacing files all at once: through symlinks, never over read-only files, no litter."""

import hashlib
import os
import stat
import subprocess
import sys

import pytest

from core.files import atomic
from core.files.graph_files import GraphFileError, load_graph, save_graph
from core.paths import SAMPLES


@pytest.fixture
def apple():
    return load_graph(SAMPLES / "apple.json")


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_saving_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path, apple):
    real = tmp_path / "real"
    real.mkdir()
    target = real / "graph.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    save_graph(apple, link)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_graph(target).nodes.keys() == apple.nodes.keys()
    assert names(tmp_path) == ["link.json", "real"] and names(real) == ["graph.json"]


def test_a_dangling_symlink_gets_its_target_created(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "new.txt")
    atomic.write_text(link, "hello")
    assert link.is_symlink() and (tmp_path / "new.txt").read_text() == "hello"


def test_a_read_only_file_is_refused_even_for_root(tmp_path, apple):
    target = tmp_path / "g.json"
    target.write_text("original")
    target.chmod(0o444)
    with pytest.raises(GraphFileError) as info:
        save_graph(apple, target)
    assert str(info.value) == (f"{target}: cannot save (the file is read-only); "
                               "the file on disk is unchanged")
    with pytest.raises(atomic.ReadOnlyError):  # also through a link to it
        link = tmp_path / "link.json"
        link.symlink_to(target)
        atomic.write_text(link, "new")
    assert target.read_text() == "original" and names(tmp_path) == ["g.json", "link.json"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755])
def test_the_new_file_keeps_the_old_ones_permissions(tmp_path, mode):
    target = tmp_path / "p.bin"
    target.write_bytes(b"old")
    target.chmod(mode)
    atomic.write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == mode


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_temporary_files_of_dead_writers_are_removed_by_the_next_write(tmp_path):
    target = tmp_path / "g.json"
    target.write_text("old")
    stale = tmp_path / f".g.json.{dead_pid()}.k2m9x_qa.tmp"  # a writer killed mid-save
    stale.write_text("half a fi")
    alive = tmp_path / f".g.json.{os.getppid()}.a1b2c3d4.tmp"  # a writer still running
    alive.write_text("in progress")
    ours = tmp_path / f".g.json.{os.getpid()}.zzzzzzzz.tmp"  # another thread of ours
    ours.write_text("in progress")
    others = [tmp_path / ".g.json.x1y2z3w4.tmp", tmp_path / f".h.json.{dead_pid()}.aaaa.tmp"]
    for other in others:  # not named by this writer, or beside another target: kept
        other.write_text("not mine")
    atomic.write_text(target, "new")
    assert target.read_text() == "new" and not stale.exists()
    assert alive.exists() and ours.exists() and all(p.exists() for p in others)


def test_a_failing_rename_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "p.npz"
    target.write_bytes(b"old")
    synced = []
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd))

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space left on device"):
        atomic.write_bytes(target, b"new")
    assert synced  # the data was flushed to disk before the rename was tried
    assert target.read_bytes() == b"old" and names(tmp_path) == ["p.npz"]


def test_a_streamed_write_lands_only_with_the_right_checksum(tmp_path):
    target = tmp_path / "data.gz"
    target.write_bytes(b"old")
    with pytest.raises(atomic.ChecksumError) as info:
        with atomic.replacing(target, md5="0" * 32) as f:
            f.write(b"chunk 1, ")
            f.write(b"chunk 2")
    good = hashlib.md5(b"chunk 1, chunk 2").hexdigest()
    assert (info.value.got, info.value.expected) == (good, "0" * 32)
    assert target.read_bytes() == b"old" and names(tmp_path) == ["data.gz"]
    with atomic.replacing(target, md5=good.upper()) as f:
        f.write(b"chunk 1, ")
        f.write(b"chunk 2")
    assert target.read_bytes() == b"chunk 1, chunk 2" and names(tmp_path) == ["data.gz"]


def test_an_error_inside_the_block_leaves_everything_as_it_was(tmp_path):
    target = tmp_path / "p.npz"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt):
        with atomic.replacing(target) as f:
            f.write(b"half")
            raise KeyboardInterrupt
    assert target.read_bytes() == b"old" and names(tmp_path) == ["p.npz"]


def test_parameters_are_refused_over_a_read_only_file_too(tmp_path):
    import numpy as np

    from core.engine.program import Program
    from core.training.parameter_files import save_parameters
    from core.training.run import TrainError
    program = Program(load_graph(SAMPLES / "two_layer_net.json"))
    target = tmp_path / "p.npz"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    with pytest.raises(TrainError) as info:
        save_parameters(program, list(program.parameters()), target)
    assert str(info.value) == (f"{target}: cannot save the parameters (the file is read-only); "
                               "the file on disk is unchanged")
    assert target.read_bytes() == b"kept"
    target.chmod(0o644)
    save_parameters(program, list(program.parameters()), target)
    with np.load(target) as npz:
        assert set(npz.files) == {"W1", "b1", "W2", "b2"}
