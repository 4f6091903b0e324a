"""Literal values: the full check, and the cheap shape read from a value a graph holds."""

from __future__ import annotations

import pytest

from core.files.graph_files import load_graph
from core.files.samples import sample_files
from core.ops.values import ParamError, literal_shape, stored_shape

VALID = [0, 2.5, [], [[]], [1, 2, 3], [[1, 2], [3, 4.5], [5, 6]], [[[1], [2]], [[3], [4]]],
         [[[]], [[]]], [[0.5] * 300] * 40]


@pytest.mark.parametrize("value", VALID, ids=lambda v: repr(v)[:24])
def test_a_checked_literal_reads_the_same_shape_as_the_full_check(value):
    assert stored_shape(value) == literal_shape(value)


def test_every_literal_in_every_sample_reads_the_same_shape():
    count = 0
    for path in sample_files():
        for node in load_graph(path).nodes.values():
            if "value" in node.params:
                assert stored_shape(node.params["value"]) == literal_shape(node.params["value"])
                count += 1
    assert count > 30


@pytest.mark.parametrize("value, where", [
    ([[1, 2], [3]], "value is ragged"),
    ([1, True], "value[1] must be a number"),
    ([1, float("nan")], "value[1] is nan"),
    ([[1], ["2"]], "value[1][0] must be a number"),
    (2**60, "too large to hold exactly"),
])
def test_the_full_check_names_what_is_wrong_and_where(value, where):
    with pytest.raises(ParamError, match=where.replace("[", r"\[").replace("]", r"\]")):
        literal_shape(value)
