"""The page's Python: calculator.web by name, for the worker that runs it (python-worker.py).

`call(name, request)` runs `calculator.web.<name>` (only the names in `web.__all__`) on a JSON
string and returns its JSON string answer, so nothing but strings crosses between Python and
JavaScript (the page protocol in CONTRIBUTING.md). More names: `memory`, the size of Python's
WebAssembly memory (it grows, never shrinks: the endurance test's measure of a leak), `about`
(the interpreter and where the package was loaded from, for the runtime smoke test). The
result views come with `evaluate`'s and `arbitration`'s answers (calculator.view).
tools/runtime byte-compiles this module into the page's app.zip as `jss_main`.
"""

import json
import sys

import calculator
from calculator import web


def _memory(_request=""):
    import pyodide_js

    return json.dumps({"wasm_bytes": pyodide_js._module.HEAP8.length})


def _about(_request=""):
    return json.dumps({"python": list(sys.version_info[:3]), "platform": sys.platform,
                       "package": calculator.__file__, "names": len(calculator.__all__)})


WEB_NAMES = tuple(web.__all__)
FUNCTIONS = {name: getattr(web, name) for name in WEB_NAMES}
FUNCTIONS["memory"] = _memory
FUNCTIONS["about"] = _about
NAMES = tuple(sorted(FUNCTIONS))


def call(name, request):
    """The answer of function `name` to `request` (a JSON string), as a JSON string."""
    function = FUNCTIONS.get(name)
    if function is None:
        raise KeyError(f"calculator.web has no public function {name!r}")
    # presets() and rule_sets() take no request.
    return function(request) if function.__code__.co_argcount else function()
