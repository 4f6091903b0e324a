"""Parameter files: a network's trained parameters as an `.npz`, keyed by node label.

Saved atomically; loaded with `allow_pickle=False`, and only when every parameter of the
graph is in the file with its exact shape and finite numbers, and nothing else is.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import numpy as np

from core.engine.program import Program
from core.files import atomic
from core.formatting import shape_str
from core.i18n import system_reason, translate
from core.training.run import TrainError


def save_parameters(program: Program, node_ids, path: str | os.PathLike) -> None:
    """Write the parameters to an `.npz` keyed by node label, atomically."""
    path = Path(path)
    arrays = by_label(program, node_ids)
    try:
        with atomic.replacing(path) as f:
            np.savez(f, **arrays)
    except OSError as e:
        raise TrainError(translate("Train", "{path}: cannot save the parameters ({reason}); "
                                   "the file on disk is unchanged").format(
            path=path, reason=system_reason(e))) from None


def load_parameters(program: Program, node_ids, path: str | os.PathLike) -> None:
    """Copy the arrays of an `.npz` (keyed by label) into the parameters, in place.

    Every parameter must be in the file with its exact shape, and nothing else may be.
    """
    path = Path(path)
    targets = by_label(program, node_ids)
    try:
        with np.load(path, allow_pickle=False) as npz:
            stored = {name: npz[name] for name in npz.files}
    except FileNotFoundError:
        raise TrainError(translate("Train", "{path}: no such parameters file").format(
            path=path)) from None
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as e:
        raise TrainError(translate("Train", "{path}: not a parameters file (.npz): {problem}")
                         .format(path=path, problem=e)) from None
    names = ", ".join(targets)
    for label in stored:
        if label not in targets:
            raise TrainError(translate("Train", "{path}: holds {label!r}, which is not a "
                                       "parameter of this graph (its parameters: {names})")
                             .format(path=path, label=label, names=names))
    for label, array in targets.items():
        if label not in stored:
            raise TrainError(translate("Train", "{path}: has no array for parameter {label!r} "
                                       "(it holds {stored})").format(
                path=path, label=label,
                stored=", ".join(stored) or translate("Train", "nothing")))
        value, words = stored[label], {"path": path, "label": label}
        if value.shape != array.shape:
            raise TrainError(translate("Train", "{path}: {label} is {file_shape} in the file but "
                                       "{shape} in the graph (another hidden size?)").format(
                file_shape=shape_str(value.shape), shape=shape_str(array.shape), **words))
        if value.dtype.kind not in "fiu":
            raise TrainError(translate("Train", "{path}: {label} holds {dtype} values, not "
                                       "numbers").format(dtype=value.dtype, **words))
        if not np.isfinite(value).all():
            raise TrainError(translate("Train", "{path}: {label} holds NaN or infinite values")
                             .format(**words))
    for label, array in targets.items():
        array[...] = stored[label]


def by_label(program: Program, node_ids) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {}
    for nid in node_ids:
        label = program.graph.nodes[nid].label
        if label in arrays:
            raise TrainError(translate("Train", "two parameters are labelled {label!r}; "
                                       "parameter files key arrays by label, so give them "
                                       "different labels").format(label=label))
        arrays[label] = program.sources[nid]
    return arrays
