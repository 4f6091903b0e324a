"""Shared test setup: Qt runs headless, in English, and tests can find the shared MNIST
digits."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests' English assertions hold on any desktop: the app's first-start language follows
# the desktop's UI languages, which Qt reads from LANGUAGE first.
os.environ["LANGUAGE"] = "en"

REPO = Path(__file__).resolve().parents[1]
SHARED_MNIST = REPO.parent / "shared" / "mnist"


@pytest.fixture
def mnist_split() -> Path:
    """The 8,000 / 2,000 real-digit MNIST folder beside the repository."""
    folder = SHARED_MNIST / "t10k-split"
    if not folder.is_dir():
        pytest.skip(f"real MNIST digits not found at {folder}")
    return folder


@pytest.fixture(autouse=True)
def english_again():
    """Every test ends in English, whatever language it switched to."""
    yield
    from core import i18n
    if i18n.language() != "en":
        i18n.set_language("en")


@pytest.fixture
def cube_op():
    """The throwaway op `Cube` (tests/cube_op.py), registered for one test only."""
    from tests.cube_op import Cube
    from tests.helpers import registered
    with registered(Cube):
        yield Cube
