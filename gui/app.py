"""Starting the editor: `backprop-studio [FILE] [--screenshot OUT.png]`.

FILE is a graph file, or a bundled sample's name (`backprop-studio sigmoid_primitives`),
which opens as an untitled copy as File ▸ Open Sample does. The application carries the
icon and the desktop file name (`backprop-studio`, as the desktop entry is called), so a
window manager shows our icon and Wayland finds the entry.
"""

from __future__ import annotations

import argparse
import sys
from argparse import Namespace
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from core.about import DESKTOP_ID, VERSION, version_text
from core.files.samples import graph_argument
from core.paths import SAMPLES

ORGANIZATION = "BackpropStudio"
APPLICATION = "Backprop Studio"
DEFAULT_SAMPLE = SAMPLES / "apple_orange.json"


def make_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([DESKTOP_ID])  # X11 WM_CLASS instance, as StartupWMClass says
    from gui.base.fonts import make_font
    app.setFont(make_font(app.font().pointSizeF()))  # the same families everywhere
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(VERSION)
    app.setApplicationDisplayName(APPLICATION)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    from gui.base.icon import app_icon
    app.setWindowIcon(app_icon())
    return app


def open_initial(window, file: str | None) -> bool:
    """FILE, else the default sample; a name that is no file but a sample's opens that
    sample (as an untitled copy, so saving never writes into the installed samples)."""
    if not file:
        return window.files.open_sample(DEFAULT_SAMPLE, ask=False)
    found = graph_argument(file)
    if found != file:
        return window.files.open_sample(Path(found), ask=False)
    return window.files.open_file(file, ask=False)


def screenshot(window, out: str) -> bool:
    """Compute, fit, paint, and save a picture of the whole main window."""
    app = QApplication.instance()
    window.document.compute()
    app.processEvents()
    window.view.fit_to_graph()
    app.processEvents()
    return window.grab().save(out, "PNG")


def editor_parser() -> argparse.ArgumentParser:
    """The editor's command line; its help names every headless subcommand too, and it
    speaks the language of `--lang` (set before it is built: see `main`)."""
    from core.cli.main import subcommand_list
    from core.i18n import translate
    parser = argparse.ArgumentParser(
        prog="backprop-studio", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=translate("CLI", "Open the Backprop Studio editor, or run a headless "
                              "command:\n\n{commands}\n\nbackprop-studio COMMAND --help tells "
                              "more about one. backprop-studio --install-desktop-entry adds "
                              "the app to your desktop's applications menu "
                              "(--remove-desktop-entry takes it out).").format(
                                  commands=subcommand_list()))
    parser.add_argument("file", nargs="?",
                        help=translate("CLI", "graph file, or a sample's name "
                                       "(backprop-studio samples lists them), to open "
                                       "(default: the apple-and-orange sample)"))
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help=translate("CLI", "save a picture of the main window and exit"))
    parser.add_argument("--train", type=int, metavar="N",
                        help=translate("CLI", "with --screenshot: train N iterations in the "
                                       "training panel first"))
    parser.add_argument("--data", metavar="DIR",
                        help=translate("CLI", "MNIST folder for the training panel"))
    parser.add_argument("--size", type=_size, default=(1400, 900), metavar="WxH",
                        help=translate("CLI", "with --screenshot: the window's size, e.g. "
                                       "1024x700 (default 1400x900)"))
    parser.add_argument("--lang", choices=("en", "ko"),
                        help=translate("CLI", "the language of the app (default: the one "
                                       "chosen in View ▸ Language, else the desktop's)"))
    parser.add_argument("--step", type=int, metavar="N",
                        help=translate("CLI", "with --screenshot: show step mode at its Nth "
                                       "step (1 = first; a negative N counts from the last)"))
    parser.add_argument("--version", action="version", version=version_text())
    return parser


def _size(text: str) -> tuple[int, int]:
    from core.i18n import translate
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CLI", "{text!r} is not a size like 1024x700").format(text=text)) from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(translate(
            "CLI", "{text!r}: width and height must be 320..8000 and 240..8000").format(
            text=text))
    return width, height


def main(argv: Sequence[str] | None = None) -> int:
    from core.cli.messages import language_in, speak_argparse
    from core.i18n import set_language
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(language_in(argv))  # the help and the errors speak --lang's language
    speak_argparse()
    args = editor_parser().parse_args(argv)
    from gui.base.platform_check import xcb_problem
    problem = xcb_problem()
    if problem:
        print(f"backprop-studio: {problem}", file=sys.stderr)
        return 1
    return run_app(args)


def run_app(args: Namespace) -> int:
    app = make_app()
    file, shot = getattr(args, "file", None), getattr(args, "screenshot", None)
    if shot:
        return _screenshot_run(file, Path(shot), getattr(args, "train", None),
                               getattr(args, "data", None), getattr(args, "size", (1400, 900)),
                               getattr(args, "step", None), getattr(args, "lang", None))
    _window = start_editor(file, language=getattr(args, "lang", None))  # kept while it runs
    return app.exec()


def start_editor(file: str | None, settings=None, language: str | None = None):
    """The editor window as a user gets it: shown, autosaving, with a crashed session's
    unsaved graph offered back (else FILE or the default sample opened); `language`
    overrides the remembered one for this run."""
    from gui.base.probe import install as install_probe
    from gui.document import recovery
    from gui.main_window import MainWindow
    window = MainWindow(settings, language)
    window.show()
    install_probe(window)  # a test hook; does nothing unless BACKPROP_STUDIO_PROBE is set
    if not recovery.start(window):
        open_initial(window, file)
    return window


def _screenshot_run(file: str | None, out: Path, train: int | None = None,
                    data: str | None = None, size: tuple[int, int] = (1400, 900),
                    step: int | None = None, language: str | None = None) -> int:
    """No dialogs and no user settings (read or written): a fresh window of `size`.

    With `train`, the training panel first trains that many iterations on `data` (the
    canvas shows the two-layer net unless a file is given).
    """
    import tempfile

    from PySide6.QtCore import QSettings

    from core.files.graph_files import GraphFileError, load_graph
    from core.i18n import set_language
    from gui.main_window import MainWindow
    set_language(language or "en")  # a refused file is said in the screenshot's language
    if file:
        try:
            load_graph(graph_argument(file))
        except GraphFileError as e:
            print(f"backprop-studio: {e}", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.IniFormat)
        window = MainWindow(settings, language or "en")
        window.resize(*size)
        window.show()
        if train:
            window.show_training()
        if train and not file:
            window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
        else:
            open_initial(window, file)
        if train and not window.training.run_blocking(train, data):
            print(f"backprop-studio: {window.training.status_area.status.text()}", file=sys.stderr)
            window.close()
            return 1
        if step is not None:
            window.toggle_step_mode(True)
            stepper = window.stepper
            target = step - 1 if step > 0 else len(stepper.steps) + step
            for _ in range(max(0, min(target, len(stepper.steps) - 1))):
                stepper.next()
        ok = screenshot(window, str(out))
        window.document.undo_stack.setClean()
        window.close()
        settings.sync()
    if not ok:
        print(f"backprop-studio: cannot write {out}", file=sys.stderr)
        return 1
    return 0
