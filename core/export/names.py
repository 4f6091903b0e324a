"""Python names for the nodes of an exported graph: `apple_price`, `dapple_price`,
`apple_price_layer`.

A label becomes a readable identifier: math symbols are spelled out (`1/x` → `one_over_x`,
`exp(-x)` → `exp_minus_x`, `X·W` → `X_dot_W`), anything else that Python does not accept
becomes `_`. A name that would be a keyword, shadow a builtin or a name the script itself
uses, or that another node already has, gets a suffix (`sum_`, `x_2`).
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

#: symbols a label may use, spelled out so the name still says what the node computes
SPELLED = {"+": " plus ", "-": " minus ", "−": " minus ", "×": " times ", "*": " times ",
           "·": " dot ", "/": " over ", "÷": " over ", "²": " squared ", "³": " cubed ",
           "Σ": " sum ", "∑": " sum ", "√": " sqrt ", "=": " eq ", "%": " percent ",
           "^": " pow ", "<": " lt ", ">": " gt ", "∂": " d "}
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten")
#: names Python or every exported script already gives a meaning
_TAKEN_BY_PYTHON = (set(keyword.kwlist) | set(keyword.softkwlist) | set(dir(builtins))
                    | {"_", "np", "numpy"})


def identifier(label: str, fallback: str = "value") -> str:
    """A readable Python identifier for `label` (not yet checked against other names)."""
    text = "".join(SPELLED.get(ch, ch) for ch in label)
    # Python reads identifiers in NFKC form: normalise first, so the name we check is
    # the name Python sees (a full-width ｘ is x)
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch if ("a" + ch).isidentifier() else " " for ch in text)
    name = "_".join(text.split()).strip("_")  # no _private or __dunder__ look
    if name and name[0].isdigit():
        digits = re.match(r"\d+", name).group()
        word = NUMBER_WORDS[int(digits)] if int(digits) < len(NUMBER_WORDS) else "n" + digits
        name = word + name[len(digits):]
    if not name or not name.isidentifier() or unicodedata.normalize("NFKC", name) != name:
        return fallback
    return name


class Namer:
    """Hands out names no other name in the script has; `reserved` are taken from the start."""

    def __init__(self, reserved: set[str] = frozenset()) -> None:
        self.taken = set(_TAKEN_BY_PYTHON) | set(reserved)

    def free(self, *names: str) -> bool:
        return not any(n in self.taken or keyword.iskeyword(n) for n in names)

    def take(self, base: str, *forms: str) -> str:
        """The first of `base`, `base_`, `base_2`, `base_3`... that is free together with
        every `forms` made from it ("d{}" for its gradient, "{}_layer" for its layer)."""
        candidates = [base]
        if base in _TAKEN_BY_PYTHON:  # the usual Python spelling: class_, sum_
            candidates = [base + "_"]
        n = 2
        while True:
            for name in candidates:
                names = (name, *(form.format(name) for form in forms))
                if self.free(*names):
                    self.taken.update(names)
                    return name
            candidates = [f"{base}_{n}"]
            n += 1
