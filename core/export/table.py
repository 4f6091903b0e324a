"""The code at the end of every exported script: the table `backprop-studio run` prints.

`text` writes a value as `run` does (`core.formatting.exact_text`: every digit of a number, a
small array in full, a large one by its shape and extremes), `print_table` the table of
nodes in columns aligned as a terminal shows them (`core.cli.run.table_text`), and
`print_warnings` the warnings of a graph whose values are not finite. The words they print
(the headings, "all", the warning) are the current language's, so a script exported with
`--lang ko` prints what `run --lang ko` prints. The layers the script defines before them
are the ops' own (`core.ops.code`).
"""

from __future__ import annotations

from core.i18n import translate

_TEXT = '''\
def text(value):
    """A value as `backprop-studio run` prints it: a number with every digit a float64
    holds, a small array in full, a larger one as its shape and its smallest and
    largest element, and — for no value."""
    if value is None:
        return "—"
    value = np.asarray(value)
    if value.size == 1:
        return number(value.reshape(()))
    comma = "," if value.ndim == 1 else ""
    shape = "(" + ", ".join(str(n) for n in value.shape) + comma + ")"
    if value.size == 0:
        return EMPTY.format(shape=shape)
    if value.size <= 6:
        return nested(value)
    nan = value.dtype.kind == "f" and bool(np.isnan(value).any())
    numbers = value[~np.isnan(value)] if nan else value.reshape(-1)
    if numbers.size == 0:
        return shape + " NaN"
    low, high = number(numbers.min()), number(numbers.max())
    spread = ALL.format(value=low) if low == high else f"{low} … {high}"
    return f"{shape} {spread}" + (", NaN" if nan else "")


def number(x):
    x = float(x)
    return repr(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)


def nested(value):
    if value.ndim == 0:
        return number(value)
    return "[" + ", ".join(nested(v) for v in value) + "]"
'''

_PRINT_TABLE = '''\
def print_table(rows, wide=""):
    """One line per node: its name, type, value and gradient, in columns as a terminal
    shows them: a character of `wide` (Hangul, say) takes two columns, as `run` counts
    it."""
    def shown(cell):
        return len(cell) + sum(ch in wide for ch in cell)
    table = [HEADINGS] + [[name, kind, text(value), text(grad)]
                          for name, kind, value, grad in rows]
    widths = [max(shown(row[i]) for row in table) for i in range(3)]
    for row in table:
        cells = [cell + " " * (w - shown(cell)) for cell, w in zip(row, widths)]
        print("  ".join(cells + [row[3]]))
'''

_PRINT_WARNINGS = '''\
def print_warnings(nodes):
    """A warning for each node whose output is not finite although its inputs are."""
    for description, out, inputs in nodes:
        if np.isfinite(out).all() or not all(np.isfinite(x).all() for x in inputs):
            continue
        nan, inf = int(np.isnan(out).sum()), int(np.isinf(out).sum())
        parts = ([NAN.format(count=nan)] if nan else []) + (
            [INFINITE.format(count=inf)] if inf else [])
        message = NOT_FINITE.format(node=description, parts=AND.join(parts))
        print(WARNING.format(message=message))
'''


def text_code() -> str:
    """`text` and the words it writes, in the current language."""
    words = {"EMPTY": translate("Numbers", "{shape} empty"),
             "ALL": translate("Numbers", "all {value}")}
    return _words(words) + "\n\n\n" + _TEXT


def print_table_code() -> str:
    """`print_table` and its headings, in the current language."""
    headings = [translate("CLI", "node"), translate("CLI", "type"), translate("CLI", "value"),
                translate("CLI", "grad")]
    return f"HEADINGS = {[str(h) for h in headings]!r}\n\n\n" + _PRINT_TABLE


def print_warnings_code() -> str:
    """`print_warnings` and the words of a warning, in the current language."""
    words = {"NAN": translate("Engine", "{count} NaN"),
             "INFINITE": translate("Engine", "{count} infinite"),
             "AND": translate("Engine", " and "),
             "NOT_FINITE": translate("Engine", "{node}: its output has {parts} value(s) "
                                     "although its inputs are finite (overflow, log of 0 or "
                                     "division by 0?)"),
             "WARNING": translate("CLI", "warning: {message}")}
    return _words(words) + "\n\n\n" + _PRINT_WARNINGS


def output_heading() -> str:
    """What the script prints before the output's value: `output price =`."""
    return translate("CLI", "output {label} = {value}")


def _words(words: dict[str, str]) -> str:
    return "\n".join(f"{name} = {str(text)!r}" for name, text in words.items())


#: the functions and words above, which no node of a script may take as its name
NAMES = {"text", "number", "nested", "print_table", "print_warnings", "EMPTY", "ALL",
         "HEADINGS", "NAN", "INFINITE", "AND", "NOT_FINITE", "WARNING"}
