"""Numbers on edges never mislead: small arrays in full, larger ones by their largest |x|."""

import numpy as np

from core.formatting import format_number, summarize


def test_small_arrays_are_shown_in_full():
    assert summarize(np.array([0.0182113, 0.2451918, -0.2634031])) == "[0.0182, 0.245, -0.263]"
    assert summarize(np.array([[1.0, -0.5], [-2.0, 3.0]])) == "[[1, -0.5], [-2, 3]]"
    assert summarize(np.arange(6.0).reshape(2, 3)) == "[[0, 1, 2], [3, 4, 5]]"
    assert summarize(np.array(715.0000000000001)) == "715"


def test_larger_arrays_show_a_summary_that_cannot_cancel_out():
    db2 = np.array([0.233, -0.233, 0.1, -0.1, 0, 0, 0.05, -0.05, 0.01, -0.01])
    assert db2.mean() == 0  # the old label read "(10,) μ=0"
    # the smallest and the largest element: the signs a learner needs stay in sight
    assert summarize(db2) == "(10,) -0.233 … 0.233"
    assert summarize(np.zeros((3, 50))) == "(3, 50) all 0"
    assert summarize(np.full(7, -2e-20)) == "(7,) all -2e-20"
    assert summarize(np.array([1.0, np.nan] * 4)) == "(8,) all 1, NaN"


def test_a_zero_has_no_sign():
    assert format_number(-0.0) == "0"
    assert summarize(np.array([-0.0, -1.0, 0.0])) == "[0, -1, 0]"


def test_one_number_on_an_edge_reads_as_summarize_says_it():
    """`edge_label` and `not_finite` take a short way for a single float (the common case
    on a calculator graph): it says exactly what the general steps say."""
    from core.formatting import edge_label, edge_text, not_finite, source_text

    numbers = [715.0000000000001, 2.2, 110.00000000000001, 3.3000000000000003, -0.0, 0.0,
               -5.55e-17, 1e-15, 9.99e-16, 1e-7, 123456.7, 1e6, 1e300, -1e-300, np.nan,
               np.inf, -np.inf, 0.5, -1.3]
    for x in numbers:
        for dtype in (np.float64, np.float32, np.float16):
            for shape in ((), (1,), (1, 1)):
                with np.errstate(over="ignore"):  # 1e300 is ∞ in float16
                    value = np.full(shape, x, dtype=dtype)
                for gradient in (False, True):
                    assert edge_label(value, gradient) == summarize(value), (x, dtype, shape)
                    # asked twice: the second answer is the one looked up
                    for _ in range(2):
                        assert edge_text(value, gradient) == (
                            summarize(value), not np.isfinite(value).all())
                assert source_text(value) == summarize(value)
                assert not_finite(value) == (not np.isfinite(value).all())
    assert edge_label(np.array(715.0000000000001)) == "715"
    assert edge_label(np.array(-5.55e-17), gradient=True) == "0"
    assert edge_label(np.array(3)) == "3"  # whole numbers still go the general way
    assert not not_finite(np.array(3))
    assert edge_text(None) == ("", False)
    big = np.array([[1.0, np.inf]] * 4)
    assert edge_text(big) == (edge_label(big), True)
    assert edge_text(big, gradient=True) == (edge_label(big, gradient=True), True)
