"""Shared test setup: Qt runs headless, and tests can find the shared MNIST digits."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_MNIST = REPO.parent / "shared" / "mnist"


@pytest.fixture
def mnist_split() -> Path:
    """The 8,000 / 2,000 real-digit MNIST folder beside the repository."""
    folder = SHARED_MNIST / "t10k-split"
    if not folder.is_dir():
        pytest.skip(f"real MNIST digits not found at {folder}")
    return folder
