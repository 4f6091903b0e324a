"""Sizes in words, and the limit on one result."""

import core.engine.memory
from core.engine.memory import RESULT_SHARE, human_size, result_limit, result_problem


def test_sizes_read_in_1024_based_units_with_one_decimal():
    assert human_size(8 * 10**12) == "7.3 TB"
    assert human_size(int(23.5 * 2**30)) == "23.5 GB"
    assert human_size(512) == "512 bytes"
    assert human_size(1536) == "1.5 KB"
    assert human_size(2**20) == "1.0 MB"


def test_one_result_may_take_half_the_memory(monkeypatch):
    assert RESULT_SHARE == 0.5
    monkeypatch.setattr(core.engine.memory, "total_memory", lambda: 8 * 2**30)
    assert result_limit() == 4 * 2**30
    assert result_problem((2**29,), 8) is None  # exactly 4 GB fits
    assert result_problem((2**29 + 1,), 8) == \
        "its result (536870913,) would need 4.0 GB; this computer has 8.0 GB"
    monkeypatch.setattr(core.engine.memory, "total_memory", lambda: None)
    assert result_problem((10**12,), 8) is None  # unknown: only MemoryError is caught


def test_the_real_machine_reports_its_memory():
    total = core.engine.memory.total_memory()
    assert total is None or total > 2**20
