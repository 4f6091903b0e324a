"""A refused open changes nothing: hundreds of damaged files through File ▸ Open.

The damaged files come from the loader fuzz's seeded mutator. Each goes through the real
open path (the Open action, the unsaved-changes question, the file dialog, the loader)
while the editor holds a graph from a file with an unsaved edit. After a refusal the
document text, its path, its undo history and its modified state are exactly as before and
the error box names the file; a mutant that happens to be valid opens like any file.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QFileDialog

from core.files.graph_files import dumps_graph, loads_graph
from core.paths import SAMPLES, sample_files
from tests.test_fuzz_files import mutate

CASES = 300


def _state(window) -> tuple:
    doc, stack = window.document, window.document.undo_stack
    return (dumps_graph(doc.graph), doc.path, stack.count(), stack.index(),
            [stack.text(i) for i in range(stack.count())], stack.isClean(),
            window.windowTitle(), len(window.scene.nodes), len(window.scene.edges))


@pytest.mark.slow
def test_refused_opens_leave_the_open_graph_exactly_as_it_was(window, no_dialogs, tmp_path,
                                                              monkeypatch):
    mine = tmp_path / "mine.json"
    mine.write_text((SAMPLES / "apple_orange.json").read_text(encoding="utf-8"),
                    encoding="utf-8")

    def open_mine_with_an_unsaved_edit() -> tuple:
        assert window.files.open_file(mine, ask=False)
        window.editor.rename("tax", "vat")
        return _state(window)

    baseline = open_mine_with_an_unsaved_edit()
    assert baseline[5] is False  # modified: the undo stack is not clean

    chosen = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(chosen["path"]), ""))
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sample_files()]
    outcomes = {"refused": 0, "loaded": 0}
    for case in range(CASES):
        text = mutate(rng, rng.choice(texts))
        path = chosen["path"] = tmp_path / f"case{case}.json"
        path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
        shown_before = len(no_dialogs)
        window.window_actions.file.open.trigger()
        boxes = no_dialogs[shown_before:]
        assert boxes[0][0] == "question"  # unsaved changes: asked first, answered Discard
        if window.document.path == path:  # a valid mutant opened
            outcomes["loaded"] += 1
            assert len(boxes) == 1, boxes
            assert dumps_graph(window.document.graph) == dumps_graph(loads_graph(text))
            assert not window.document.is_modified
            assert window.document.undo_stack.count() == 0
            baseline = open_mine_with_an_unsaved_edit()
            continue
        outcomes["refused"] += 1
        assert [b[0] for b in boxes] == ["question", "critical"], (case, boxes)
        assert str(path) in boxes[1][2], (case, boxes[1][2])
        assert _state(window) == baseline, case
        assert "unchanged" in window.statusBar().currentMessage()
    assert outcomes["refused"] > CASES // 2 and outcomes["loaded"] > 10, outcomes
