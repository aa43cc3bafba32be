"""hexlet-lesson's pytest plugin: JUnit XML from the raw outcome of each test.

Sent into the container with the lesson's files and loaded with ``-p hexlet_results`` through
PYTEST_ADDOPTS. The status of a test comes from the exception its phases raised, not from
pytest's report objects, which code under test could patch. A test module that cannot be collected
(a syntax or import error in the learner's file) becomes one test case whose error has the type
``hexlet-lesson:compile`` and a message naming the learner's file and line. The document is
written to $HEXLET_RESULTS at the end of the session, atomically: a full disk leaves no results,
and the grader fails closed.

The grader's secret for this run is read from $HEXLET_NONCE_FILE when the plugin loads, before
any test module (and so any learner code) is imported, and the file is deleted; the results carry
it as the ``hexlet-lesson:nonce`` suite property, so results written by anything else are refused.
"""

import os
import traceback

import pytest

COMPILE_ERROR_TYPE = "hexlet-lesson:compile"
NONCE_PROPERTY = "hexlet-lesson:nonce"
MAX_OUTPUT = 4096

_results_path = os.environ.get("HEXLET_RESULTS")
_exercise = os.environ.get("HEXLET_EXERCISE", "")
_lesson_dir = os.environ.get("HEXLET_LESSON_DIR", os.getcwd())
_cases = {}


def _read_nonce():
    path = os.environ.get("HEXLET_NONCE_FILE")
    if not path:
        return None
    try:
        with open(path, encoding="utf-8") as f:
            value = f.read().strip()
        os.remove(path)
    except OSError:
        return None
    return value or None


_nonce = _read_nonce()
_order = []
_load_errors = []


def _escape(text):
    text = "".join(c if c in "\t\n\r" or ord(c) >= 0x20 else "\\x%02X" % ord(c) for c in text)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _names(nodeid):
    parts = nodeid.split("::")
    module = parts[0]
    if module.endswith(".py"):
        module = module[:-3]
    classname = ".".join([module.replace("/", ".")] + parts[1:-1])
    return classname, parts[-1]


def _case(item):
    case = _cases.get(item.nodeid)
    if case is None:
        classname, name = _names(item.nodeid)
        case = {"classname": classname, "name": name, "time": 0.0, "problem": None,
                "skipped": None, "output": ""}
        _cases[item.nodeid] = case
        _order.append(item.nodeid)
    return case


def _relative(path):
    try:
        rel = os.path.relpath(path, _lesson_dir)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def _learner_location(exc):
    """The deepest place in the learner's file that the exception passed through."""
    if isinstance(exc, SyntaxError) and exc.filename:
        where = "%s:%s" % (_relative(exc.filename), exc.lineno or 0)
        if exc.offset:
            where += ":%s" % exc.offset
        return where
    learner = lesson = None
    for frame in traceback.extract_tb(exc.__traceback__):
        where = "%s:%s" % (_relative(frame.filename), frame.lineno)
        if _exercise and os.path.basename(frame.filename) == _exercise:
            learner = where
        elif not os.path.isabs(_relative(frame.filename)) and not frame.filename.startswith("<"):
            lesson = where
    return learner or lesson


def _learner_frames(exc):
    """The traceback lines of the lesson's own files, without pytest's and Python's."""
    lines = []
    for frame in traceback.extract_tb(exc.__traceback__):
        rel = _relative(frame.filename)
        if not os.path.isabs(rel) and not rel.startswith("<"):
            lines.append('  File "%s", line %s, in %s' % (rel, frame.lineno, frame.name))
            if frame.line:
                lines.append("    " + frame.line)
    return "\n".join(lines)


def _origin(exc):
    """The exception that pytest wrapped into its collection error, when there is one."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if not type(exc).__name__ == "CollectError":
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    case = _case(item)
    case["time"] += max(0.0, call.stop - call.start)
    excinfo = call.excinfo
    report = outcome.get_result()
    if call.when == "teardown":
        captured = (report.capstdout or "") + (report.capstderr or "")
        case["output"] = captured[:MAX_OUTPUT]
    if excinfo is None:
        if call.when == "call" and item.get_closest_marker("xfail") is not None:
            strict = item.get_closest_marker("xfail").kwargs.get("strict", False)
            if strict:
                case["problem"] = ("failure", "XPASS(strict)", "passed, but was expected to fail")
        return
    if excinfo.errisinstance(pytest.skip.Exception) or (
            call.when == "call" and item.get_closest_marker("xfail") is not None):
        case["skipped"] = excinfo.exconly()
        return
    if case["problem"] is not None:
        return
    text = report.longreprtext if report.longrepr is not None else excinfo.exconly()
    kind = "failure" if call.when == "call" else "error"
    case["problem"] = (kind, excinfo.exconly().splitlines()[0] if excinfo.exconly() else "", text)


def pytest_exception_interact(node, call, report):
    if isinstance(node, pytest.Item) or call.excinfo is None:
        return
    wrapper = call.excinfo.value
    exc = _origin(wrapper) or wrapper
    location = _learner_location(exc)
    summary = "".join(traceback.format_exception_only(type(exc), exc)).strip().splitlines()
    last = summary[-1] if summary else type(exc).__name__
    if location is None:
        location = _relative(str(getattr(node, "fspath", node.nodeid)))
    prefix = _lesson_dir.rstrip("/") + "/"
    message = "%s: %s" % (location, last.replace(prefix, ""))
    detail = "\n".join(summary).replace(prefix, "")
    if location and not isinstance(exc, SyntaxError):
        detail = "%s\n%s" % (_learner_frames(exc), detail)
    _load_errors.append((node.nodeid, message, detail.strip()))


def _document():
    lines = []
    failures = errors = skipped = 0
    total_time = 0.0
    for nodeid, message, text in _load_errors:
        classname, name = _names(nodeid) if "::" in nodeid else ("", nodeid)
        errors += 1
        lines.append('  <testcase classname="%s" name="%s" time="0">' % (
            _escape(classname), _escape(name)))
        lines.append('    <error type="%s" message="%s">%s</error>' % (
            COMPILE_ERROR_TYPE, _escape(message), _escape(text)))
        lines.append("  </testcase>")
    for nodeid in _order:
        case = _cases[nodeid]
        total_time += case["time"]
        lines.append('  <testcase classname="%s" name="%s" time="%.3f">' % (
            _escape(case["classname"]), _escape(case["name"]), case["time"]))
        if case["problem"] is not None:
            kind, message, text = case["problem"]
            if kind == "failure":
                failures += 1
            else:
                errors += 1
            lines.append('    <%s message="%s">%s</%s>' % (
                kind, _escape(message), _escape(text), kind))
        elif case["skipped"] is not None:
            skipped += 1
            lines.append('    <skipped message="%s"/>' % _escape(case["skipped"]))
        if case["output"]:
            lines.append("    <system-out>%s</system-out>" % _escape(case["output"]))
        lines.append("  </testcase>")
    head = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
            '<testsuite name="pytest" tests="%d" failures="%d" errors="%d" skipped="%d"'
            ' time="%.3f">' % (len(_order) + len(_load_errors), failures, errors, skipped,
                               total_time))
    if _nonce is not None:
        head += '\n  <properties><property name="%s" value="%s"/></properties>' % (
            NONCE_PROPERTY, _escape(_nonce))
    return head + "\n" + "\n".join(lines) + "\n</testsuite>\n</testsuites>\n"


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    if not _results_path:
        return
    partial = _results_path + ".partial"
    with open(partial, "w", encoding="utf-8") as out:
        out.write(_document())
    os.replace(partial, _results_path)
