"""The editor in a real window: a real X server, a window manager, a real mouse and keyboard.

Every other GUI test drives widgets offscreen inside the test process. This one starts
Xvfb and openbox, launches `python -m backprop_studio` as a user would, and drives it only
with xdotool (OS-level drags from the palette, clicks, typing, key presses). It rebuilds
the book's apple example (figure 5-14: apple × apple_num × tax) from an empty canvas, reads
220 / 2.2 / 110 / 200 off the edges, then resizes the window to 1024 × 700, fits, and
checks that every number is still on screen and readable. Screenshots of both go to the
test's temporary folder, or, with BACKPROP_STUDIO_SCREENSHOTS=DIR, to DIR (the README's
`resources/screenshots/real_window_*.png` are made that way).

To find things on screen and read what the canvas shows, the test asks the editor's probe
(`gui/base/probe.py`, on only when BACKPROP_STUDIO_PROBE is set). Every step waits for its effect
in the probe's answers, with a deadline; nothing waits a fixed time.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui.canvas.edge_item import READABLE_ZOOM

REPO = Path(__file__).resolve().parents[2]
#: where the screenshots go when asked for (else the test's tmp_path)
SCREENSHOTS_ENV = "BACKPROP_STUDIO_SCREENSHOTS"
TOOLS = ("Xvfb", "openbox", "xdotool")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]

pytestmark = pytest.mark.skipif(
    bool(MISSING), reason=f"the real-window test needs {', '.join(MISSING)} (Debian: "
                          "apt-get install xvfb openbox xdotool; .ci/run installs them)")

SCREEN = (1600, 1000)
START_TIMEOUT = 45.0  # a cold start on a loaded 2-core machine (imports, fonts)
STEP_TIMEOUT = 20.0  # one step's effect showing in the probe
POLL = 0.03  # between two looks at a condition that is not met yet


def wait_for(condition, what: str, timeout: float, detail=lambda: ""):
    """`condition()`'s first true result, looking again every POLL s until `timeout`
    (then the test fails, saying what it waited for and `detail()`)."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{detail()}")
        select.select([], [], [], POLL)  # the interval between two looks, not a fixed wait


def end_process(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


class Desktop:
    """An X display with a window manager, and xdotool on it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen] = []
        home = folder / "home"
        runtime = folder / "runtime"
        for path in (home, runtime):
            path.mkdir(mode=0o700)
        # no user settings are read or written: a fresh home and XDG folders
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR",
                                 "QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR",
                                 "XAUTHORITY", "SESSION_MANAGER")}
        self.env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                        XDG_DATA_HOME=str(home / ".local" / "share"),
                        XDG_CACHE_HOME=str(home / ".cache"), XDG_RUNTIME_DIR=str(runtime))

    def start(self) -> None:
        self.env["DISPLAY"] = f":{self._start_xvfb()}"
        self.launch("openbox", ["openbox", "--sm-disable"])

    def launch(self, name: str, command: list[str], **options) -> subprocess.Popen:
        """Start a process whose output goes to `<name>.log`; it is ended by `stop`."""
        options.setdefault("env", self.env)
        with open(self.folder / f"{name}.log", "wb") as log:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log,
                                       stderr=subprocess.STDOUT, **options)
        self.processes.append(process)
        return process

    def _start_xvfb(self) -> str:
        """Start Xvfb on a free display; its number once the server accepts connections.

        `-displayfd` makes Xvfb take the first free display number itself (no race with
        another X server starting meanwhile) and write it to the pipe once it is ready.
        """
        read_end, write_end = os.pipe()
        try:
            self.launch("xvfb", ["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                                 f"{SCREEN[0]}x{SCREEN[1]}x24", "-dpi", "96",
                                 "-nolisten", "tcp"], pass_fds=(write_end,))
            os.close(write_end)
            write_end = -1
            received = b""
            deadline = time.monotonic() + START_TIMEOUT
            while not received.endswith(b"\n"):
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([read_end], [], [], left)[0]:
                    pytest.fail("Xvfb did not start within "
                                f"{START_TIMEOUT:.0f} s:\n{self.log_text('xvfb')}")
                chunk = os.read(read_end, 64)
                if not chunk:
                    pytest.fail(f"Xvfb exited before it was ready:\n{self.log_text('xvfb')}")
                received += chunk
            return received.decode().strip()
        finally:
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)

    def log_text(self, name: str) -> str:
        path = self.folder / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def xdo(self, *args, timeout: float = STEP_TIMEOUT, check: bool = True) -> str | None:
        """Run xdotool on this display; its output (None when it failed and not `check`)."""
        command = " ".join(map(str, args))
        try:
            done = subprocess.run(["xdotool", *map(str, args)], env=self.env, text=True,
                                  capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            if check:
                pytest.fail(f"xdotool {command} did not finish within {timeout:.0f} s")
            return None
        if done.returncode != 0:
            if check:
                pytest.fail(f"xdotool {command} failed: {done.stderr.strip()}")
            return None
        return done.stdout

    def activate(self, window: str) -> None:
        """Give `window` the keyboard (the window manager may still be starting)."""
        wait_for(lambda: self.xdo("windowactivate", "--sync", window, timeout=5,
                                  check=False) is not None,
                 "the window manager to activate the editor's window", START_TIMEOUT)

    def screenshot(self, rect: list[int], out: Path) -> None:
        """The screen inside `rect` (x, y, w, h) as a PNG, with no dates in its metadata,
        so the same picture makes the same file. Needs ImageMagick's `import` (without it,
        no picture: the checks do not depend on it)."""
        if shutil.which("import") is None:
            return
        x, y, w, h = rect
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", "-crop", f"{w}x{h}+{x}+{y}", "+repage",
                        "-define", "png:exclude-chunks=date,time", str(out)],
                       env=self.env, check=True, capture_output=True, timeout=STEP_TIMEOUT)

    def stop(self) -> None:
        for process in reversed(self.processes):  # the editor, openbox, then the X server
            end_process(process)


class Editor:
    """The editor process and its probe (see gui/base/probe.py for what a snapshot holds)."""

    def __init__(self, desktop: Desktop) -> None:
        self.desktop = desktop
        folder = desktop.folder
        self.probe_path = folder / "probe.json"
        self.request_path = folder / "probe.json.request"
        self.requests = 0
        (folder / "recovery").mkdir()
        env = dict(desktop.env, BACKPROP_STUDIO_PROBE=str(self.probe_path),
                   BACKPROP_STUDIO_RECOVERY_DIR=str(folder / "recovery"))
        self.process = desktop.launch("editor", [sys.executable, "-m", "backprop_studio"],
                                      cwd=REPO, env=env)

    def alive(self) -> None:
        if self.process.poll() is not None:
            pytest.fail(f"the editor exited with status {self.process.returncode}:\n"
                        f"{self.desktop.log_text('editor')}")

    def ask(self) -> dict:
        """A fresh snapshot of what the editor shows (it answers within ~150 ms)."""
        self.requests += 1
        request = str(self.requests)
        temporary = self.request_path.with_name(self.request_path.name + ".tmp")
        temporary.write_text(request)
        os.replace(temporary, self.request_path)  # the editor never reads half a request

        def answer():
            self.alive()
            try:
                snapshot = json.loads(self.probe_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return None
            return snapshot if snapshot.get("request") == request else None

        return wait_for(answer, f"the editor to answer probe request {request}", STEP_TIMEOUT,
                        lambda: "its output:\n" + self.desktop.log_text("editor"))

    def until(self, condition, what: str, timeout: float = STEP_TIMEOUT) -> dict:
        """The first snapshot for which `condition(snapshot)` holds."""
        deadline = time.monotonic() + timeout
        while True:
            snapshot = self.ask()
            if condition(snapshot):
                return snapshot
            if time.monotonic() > deadline:
                pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}; the editor "
                            f"showed:\n{json.dumps(snapshot, indent=1, ensure_ascii=False)}")


@pytest.fixture
def desktop(tmp_path):
    desktop = Desktop(tmp_path)
    try:
        desktop.start()
        yield desktop
    finally:
        desktop.stop()


def node(snapshot: dict, node_id: str) -> dict:
    return next(n for n in snapshot["nodes"] if n["id"] == node_id)


def edge(snapshot: dict, source: str, target: str, port: str) -> dict | None:
    return next((e for e in snapshot["edges"] if (e["source"], e["target"], e["port"])
                 == (source, target, port)), None)


def drag(desktop: Desktop, start: list[int], end: list[int], steps: int = 12) -> None:
    """Press at `start`, move there in small steps as a hand would, release at `end`.

    A Qt drag starts only after the pointer has moved a few pixels with the button down,
    and the drop target follows the pointer's motion events: the first moves are small, and
    the last one is repeated at `end` so the target has seen the pointer there.
    """
    (x0, y0), (x1, y1) = start, end
    path = [(x0 + 3 * i, y0 + 2 * i) for i in range(1, 5)]
    path += [(round(x0 + (x1 - x0) * i / steps), round(y0 + (y1 - y0) * i / steps))
             for i in range(1, steps + 1)]
    moves = [arg for x, y in path + [(x1, y1)] for arg in ("mousemove", x, y)]
    desktop.xdo("mousemove", x0, y0, "mousedown", 1, *moves, "mouseup", 1)


def test_apple_graph_built_with_real_mouse_and_keyboard(desktop, tmp_path):
    shots = Path(os.environ.get(SCREENSHOTS_ENV) or tmp_path)
    editor = Editor(desktop)
    editor.until(lambda s: s["nodes"], "the default sample to open", START_TIMEOUT)
    found = desktop.xdo("search", "--sync", "--onlyvisible", "--name", "Backprop Studio",
                        timeout=START_TIMEOUT)
    window = found.split()[0]
    desktop.activate(window)

    desktop.xdo("key", "ctrl+n")
    shot = editor.until(lambda s: not s["nodes"] and s["title"].startswith("untitled"),
                        "Ctrl+N to show an empty canvas")

    # Drag from the palette, laid out as in the book: apple and apple_num on the left,
    # their product in the middle with tax below it, the price on the right.
    vx, vy, vw, vh = shot["viewport"]
    cx, cy = vx + vw // 2, vy + vh // 2
    places = [("Constant", -330, -170), ("Constant", -330, -10), ("Mul", -40, -120),
              ("Constant", -40, 130), ("Mul", 230, 0)]
    ids = []
    for op, dx, dy in places:
        before = {n["id"] for n in shot["nodes"]}
        drag(desktop, shot["palette"][op], [cx + dx, cy + dy])
        shot = editor.until(lambda s: len(s["nodes"]) == len(before) + 1,
                            f"a {op} dropped from the palette")
        (new,) = [n for n in shot["nodes"] if n["id"] not in before]
        assert new["type"] == op and new["selected"]  # a new node is selected
        ids.append(new["id"])
    apple, apple_num, mul1, tax, mul2 = ids

    # Each constant: click its header, type its value in the inspector (Enter applies).
    for nid, value in ((apple, "100"), (apple_num, "2"), (tax, "1.1")):
        desktop.xdo("mousemove", *node(shot, nid)["header"], "click", 1)
        shot = editor.until(lambda s: s["inspector"]["node"] == nid and s["inspector"]["value"],
                            f"the inspector to show {nid}'s value field")
        desktop.xdo("mousemove", *shot["inspector"]["value"], "click", 1)
        editor.until(lambda s: s["inspector"]["value_focus"],
                     "the value field to take the keyboard")
        desktop.xdo("key", "ctrl+a")
        desktop.xdo("type", "--delay", 20, value)
        desktop.xdo("key", "Return")
        shot = editor.until(lambda s: node(s, nid)["body"] == value,
                            f"{nid} to show the value {value}")
    # Each node: double-click its header, type its name (Enter applies).
    names = ((apple, "apple"), (apple_num, "apple_num"), (mul1, "apple_price"), (tax, "tax"),
             (mul2, "price"))
    for nid, label in names:
        desktop.xdo("mousemove", *node(shot, nid)["header"], "click", "--repeat", 2, 1)
        editor.until(lambda s: s["renaming"] == nid, f"{nid}'s name to open for editing")
        desktop.xdo("type", "--delay", 20, label)
        desktop.xdo("key", "Return")
        shot = editor.until(lambda s: node(s, nid)["label"] == label, f"{nid} renamed {label}")

    # Wire by dragging from each output port to an input port.
    for source, target, port in ((apple, mul1, "x"), (apple_num, mul1, "y"),
                                 (mul1, mul2, "x"), (tax, mul2, "y")):
        count = len(shot["edges"])
        drag(desktop, node(shot, source)["output"], node(shot, target)["inputs"][port])
        shot = editor.until(lambda s: len(s["edges"]) == count + 1,
                            f"a wire from {source} to {target}.{port}")

    # Figure 5-14: forward 100, 2, 200, 1.1 → 220; backward 1 → 1.1, 200 → 2.2, 110.
    expected = {("apple", "apple_price", "x"): ("100", "2.2"),
                ("apple_num", "apple_price", "y"): ("2", "110"),
                ("apple_price", "price", "x"): ("200", "1.1"),
                ("tax", "price", "y"): ("1.1", "200")}

    def numbers(s) -> dict:
        found = {key: (e["value"], e["grad"]) for key in expected
                 if (e := edge(s, *key)) is not None}
        found["stub"] = tuple((st["source"], st["value"], st["grad"]) for st in s["stubs"])
        return found

    want = dict(expected, stub=(("price", "220", "1"),))
    shot = editor.until(lambda s: numbers(s) == want, "the apple graph's numbers on the edges")
    assert numbers(shot) == want
    # apple selected: the inspector shows its value and gradient beside the canvas
    desktop.xdo("mousemove", *node(shot, apple)["header"], "click", 1)
    shot = editor.until(lambda s: s["inspector"]["node"] == apple, "apple to be selected")
    desktop.xdo("mousemove", SCREEN[0] - 1, SCREEN[1] - 1)  # no hover effect or tooltip
    shot = editor.ask()  # one more answer: the editor has been through its events since
    desktop.screenshot(shot["frame"], shots / "real_window_apple.png")

    # A 1024 × 700 window, fitted: every number there and readable.
    desktop.xdo("windowsize", "--sync", window, 1024, 700)
    shot = editor.until(lambda s: s["window"][2:] == [1024, 700],
                        "the window to become 1024 × 700")
    unfitted = shot["zoom"]  # 100 %: the graph is wider than the canvas now
    desktop.xdo("key", "ctrl+1")

    def readable(s) -> bool:
        labels = [*s["edges"], *s["stubs"]]
        return (s["zoom"] < unfitted and len(labels) == 5
                and all(e["value"] and e["grad"] and e["visible"] for e in labels)
                and s["zoom"] * s["label_scale"] >= READABLE_ZOOM - 1e-9)

    editor.until(readable, "every number visible and readable after Fit at 1024 × 700")
    shot = editor.ask()
    assert readable(shot) and numbers(shot) == want
    desktop.screenshot(shot["frame"], shots / "real_window_1024.png")

    # Quit: the unsaved graph makes the editor ask; Discard, and it exits cleanly.
    desktop.xdo("key", "ctrl+q")
    shot = editor.until(lambda s: s["dialog"] and "Discard" in s["dialog"]["buttons"],
                        "the unsaved-changes question")
    desktop.xdo("mousemove", *shot["dialog"]["buttons"]["Discard"], "click", 1)
    try:
        status = editor.process.wait(timeout=STEP_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail("the editor did not exit after Discard")
    log = desktop.log_text("editor")
    assert status == 0, log
    assert "Traceback" not in log and "unexpected error" not in log, log
    assert not list((desktop.folder / "recovery").iterdir())  # its autosave went with it
