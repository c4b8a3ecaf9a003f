"""PyScript glue: publish calculator.web and the result views to the page's JavaScript."""

from pyscript import window

# Marks for make bench's start-up breakdown: Python is running, then the package is imported.
window.performance.mark("jss:python-start")

import json  # noqa: E402 - after the first mark on purpose

import jss_view  # noqa: E402
from pyscript.ffi import create_proxy  # noqa: E402

from calculator import web  # noqa: E402

window.performance.mark("jss:imported")


def _result_view(response_json):
    return json.dumps(jss_view.result_view(json.loads(response_json)))


def _arbitration_view(response_json):
    return json.dumps(jss_view.arbitration_view(json.loads(response_json)))


def _memory(_request=""):
    # The size of Python's WebAssembly memory (it grows, never shrinks): the endurance test's
    # measure of whether repeated edits leak inside Python.
    import pyodide_js

    return json.dumps({"wasm_bytes": pyodide_js._module.HEAP8.length})


# Every function takes and returns a JSON string (the page protocol in CONTRIBUTING.md), so
# nothing but strings crosses between Python and JavaScript.
_API = {
    "evaluate": web.evaluate,
    "open_fragment": web.open_fragment,
    "import_json": web.import_json,
    "export_json": web.export_json,
    "arbitration": web.arbitration,
    "result_view": _result_view,
    "arbitration_view": _arbitration_view,
    "memory": _memory,
}

api = window.Object.new()
for name, function in _API.items():
    setattr(api, name, create_proxy(function))
window.jssWeb = api
window.dispatchEvent(window.CustomEvent.new("jss:ready"))
