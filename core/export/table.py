"""The code at the end of every exported script: the table `backprop-studio run` prints.

`text` writes a value as `run` does (every digit of a number, an array by its shape),
`print_table` the table of nodes, and `print_warnings` the warnings of a graph whose
values are not finite. The layers the script defines before them are the ops' own
(`core.ops.code`).
"""

from __future__ import annotations

TEXT = '''\
def text(value):
    """A value as `backprop-studio run` prints it: a number with every digit a float64
    holds, an array by its shape, and — for no value."""
    if value is None:
        return "—"
    value = np.asarray(value)
    if value.size != 1:
        comma = "," if value.ndim == 1 else ""
        return "array (" + ", ".join(str(n) for n in value.shape) + comma + ")"
    x = float(value.reshape(()))
    return repr(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)
'''

PRINT_TABLE = '''\
def print_table(rows, wide=""):
    """One line per node: its name, type, value and gradient. A character of `wide`
    (Hangul, say) takes two columns on a terminal, as `run` counts it."""
    def shown(name):
        return len(name) + sum(ch in wide for ch in name)
    width = max([4] + [shown(name) for name, _, _, _ in rows])
    print("node" + " " * (width - 4) + f"  {'type':<16}  {'value':<22}  grad")
    for name, kind, value, grad in rows:
        print(name + " " * (width - shown(name))
              + f"  {kind:<16}  {text(value):<22}  {text(grad)}")
'''

PRINT_WARNINGS = '''\
def print_warnings(nodes):
    """A warning for each node whose output is not finite although its inputs are."""
    for description, out, inputs in nodes:
        if np.isfinite(out).all() or not all(np.isfinite(x).all() for x in inputs):
            continue
        nan, inf = int(np.isnan(out).sum()), int(np.isinf(out).sum())
        parts = ([f"{nan} NaN"] if nan else []) + ([f"{inf} infinite"] if inf else [])
        print(f"warning: {description}: its output has {' and '.join(parts)} value(s) "
              "although its inputs are finite (overflow, log of 0 or division by 0?)")
'''


#: the functions above, which no node of a script may take as its name
NAMES = {"text", "print_table", "print_warnings"}
