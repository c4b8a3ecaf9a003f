"""The page's Python in PyScript's worker: python.js starts it with PyWorker (PyScript's
`interpreter` set to the site's runtime, runtime/pyodide/jss-pyodide.mjs, and app.zip among its
`files`). It puts app.zip on sys.path, imports main.py (`jss_main`), and exports to the page:

    call(name, request) -> str   jss_main.call: calculator.web.<name> on a JSON string
    report() -> str              JSON: this worker's clock origin, its start-up steps and its
                                 downloads (Resource Timing), for make bench

Only strings cross between the page and this worker.
"""

import json
import sys

import js

# PyScript runs this file once the interpreter is up and app.zip is written.
_INTERPRETER = js.performance.now()
sys.path.insert(0, "/home/pyodide/app.zip")

import jss_main  # noqa: E402  (from app.zip, which is on sys.path only now)

_IMPORTED = js.performance.now()


def call(name, request):
    return jss_main.call(name, request)


def _mark(name):
    """When the runtime's loader left a performance mark (jss-pyodide.mjs), or None."""
    marks = js.performance.getEntriesByName(name)
    return marks[0].startTime if marks.length else None


def report():
    return json.dumps({
        "origin": js.performance.timeOrigin,
        # The worker's clock starts when the page creates it.
        "steps": {"started": 0, "wasm": _mark("jss:wasm-ready"), "interpreter": _INTERPRETER,
                  "imported": _IMPORTED},
        "resources": json.loads(js.JSON.stringify(js.performance.getEntriesByType("resource"))),
    })


__export__ = ["call", "report"]
