"""hexlet-lesson's pytest plugin: JUnit XML from the raw outcome of each test.

Sent into the container with the lesson's files and loaded with ``-p hexlet_results`` through
PYTEST_ADDOPTS. The status of a test comes from the exception its phases raised, not from
pytest's report objects, which code under test could patch. A test module that cannot be collected
(a syntax or import error in the learner's file) becomes one test case whose error has the type
``hexlet-lesson:compile`` and a message naming the learner's file and line; so does a test that
stops on a syntax error in the learner's file, which Hexlet's lessons meet inside the test when it
imports the learner's script (``expect_output``). The document is
written to $HEXLET_RESULTS at the end of the session, atomically: a full disk leaves no results,
and the grader fails closed.

The grader's key for this run (random bytes) is read from $HEXLET_NONCE_FILE when the plugin
loads, before any test module (and so any learner code) is imported, and the file is deleted; the
results carry their HMAC-SHA256 under it as the ``hexlet-lesson:signature`` suite property, so
results written by anything else are refused. The key has no form code under test could spot in
the process's memory, and a signature signs only its own document.

The learner's code runs in this process and could change pytest so that failing tests look
passed. Everything the plugin uses is bound inside one function, so rebinding a name of this
module changes nothing it calls. It notes what pytest looks like once the session starts
(registered plugins and hook functions, the functions of pytest and pluggy, import hooks, trace
functions, the lesson's Python files) and checks it again around every test and at the end: any
change, a second pytest session in the process or a test function swapped after collection becomes a test
case with an error of type ``hexlet-lesson:tampered``, which the grader judges ``error: tampered``.
This stops the generic tricks; code written against this plugin's own internals is beyond what a
check inside the same process can stop (see SECURITY.md).
"""


def _build():
    """The plugin object, with everything it uses bound here: code under test that rebinds a
    name of this module changes nothing the plugin calls."""
    import ast
    import builtins
    import hashlib
    import hmac
    import os
    import sys
    import traceback

    import pytest
    from _pytest.assertion.rewrite import rewrite_asserts

    COMPILE_ERROR_TYPE = "hexlet-lesson:compile"
    TAMPERED_TYPE = "hexlet-lesson:tampered"
    SIGNATURE_PROPERTY = "hexlet-lesson:signature"
    MAX_OUTPUT = 4096

    _results_path = os.environ.get("HEXLET_RESULTS")
    _exercise = os.environ.get("HEXLET_EXERCISE", "")
    _lesson_dir = os.environ.get("HEXLET_LESSON_DIR", os.getcwd())


    def _read_key():
        path = os.environ.get("HEXLET_NONCE_FILE")
        if not path:
            return None
        try:
            with open(path, "rb") as f:
                value = f.read()
            os.remove(path)
        except OSError:
            return None
        return value or None


    def _escape(text):
        # Text from the test (an exception's message) may hold lone surrogates, which UTF-8 cannot
        # encode: the document would not be written and a wrong answer would look like a crash.
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
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
            elif (not os.path.isabs(_relative(frame.filename))
                  and not frame.filename.startswith("<")):
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


    def _code(function):
        function = getattr(function, "__func__", function)
        return getattr(function, "__code__", None)


    # Code under test that rebinds a function of pytest or pluggy, or swaps its __code__, could turn
    # a failure into a pass: skip the test body, drop the exception, stub pytest.raises.
    _WATCHED_PACKAGES = ("_pytest", "pytest", "pluggy", "hmac", "hashlib")


    def _watchable(value):
        return callable(value) or isinstance(value, (property, classmethod, staticmethod))


    def _watched():
        """The functions and classes of pytest and pluggy, each with its namespace as it is now."""
        owners = []
        for name, module in list(sys.modules.items()):
            if module is None or name.split(".")[0] not in _WATCHED_PACKAGES:
                continue
            owners.append((name, module))
            for value in list(vars(module).values()):
                if isinstance(value, type) and getattr(value, "__module__", None) == name:
                    owners.append((name + "." + value.__qualname__, value))
        snapshot = []
        for label, owner in owners:
            space = {key: (value, _code(value)) for key, value in vars(owner).items()
                     if _watchable(value)}
            inherited = None
            if isinstance(owner, type):
                inherited = {key for base in owner.__mro__[1:] for key, value in vars(base).items()
                             if _watchable(value) and key not in vars(owner)}
            snapshot.append((label, owner, space, inherited))
        return snapshot


    def _rebound(snapshot):
        found = []
        for label, owner, space, inherited in snapshot:
            now = vars(owner)
            for key, (value, code) in space.items():
                current = now.get(key)
                if current is not value or _code(current) is not code:
                    found.append("%s.%s was replaced" % (label, key))
            if inherited:
                found.extend("%s.%s was overridden" % (label, key)
                             for key in inherited if key in now)
        return found


    def _lesson_conftests():
        found = set()
        for root, _dirs, files in os.walk(_lesson_dir):
            if "conftest.py" in files:
                found.add(os.path.realpath(os.path.join(root, "conftest.py")))
        return found

    def _digest(path):
        try:
            with open(path, "rb") as f:
                return hashlib.sha256(f.read()).hexdigest()
        except OSError:
            return None

    def _lesson_sources():
        """The lesson's Python files (not the learner's), which pytest may collect or import later:
        code under test that rewrote test_more.py before pytest reads it would choose its tests."""
        found = {}
        for root, _dirs, files in os.walk(_lesson_dir):
            for name in files:
                path = os.path.join(root, name)
                if name.endswith(".py") and os.path.relpath(path, _lesson_dir) != _exercise:
                    found[path] = _digest(path)
        return found

    def _lesson_texts():
        """The lesson's Python files as they are before any learner code runs, by real path."""
        found = {}
        for path in _lesson_sources():
            try:
                with open(path, "rb") as f:
                    found[os.path.realpath(path)] = f.read()
            except OSError:
                pass
        return found

    def _compiled(source, path, config):
        """The code objects of a lesson file by name, compiled as pytest does (asserts rewritten)
        and as Python does, from the text read before the learner's code ran."""
        found = {}
        variants = []
        try:
            variants.append(compile(source, path, "exec", dont_inherit=True))
            tree = ast.parse(source, filename=path)
            rewrite_asserts(tree, source, path, config)
            variants.append(compile(tree, path, "exec", dont_inherit=True))
        except Exception:  # a file pytest cannot compile has no tests to compare
            pass
        pending = list(variants)
        while pending:
            code = pending.pop()
            found.setdefault(code.co_name, []).append(code)
            pending.extend(c for c in code.co_consts if isinstance(c, type(code)))
        return found

    def _same_code(a, b):
        if (a.co_code != b.co_code or a.co_names != b.co_names
                or len(a.co_consts) != len(b.co_consts)):
            return False
        for x, y in zip(a.co_consts, b.co_consts):
            if isinstance(x, type(a)) and isinstance(y, type(a)):
                if not _same_code(x, y):
                    return False
            elif type(x) is not type(y) or x != y:
                return False
        return True


    class _Guard:
        """What pytest looks like before any learner code runs, and the changes to it since."""

        def __init__(self):
            self.functions = _watched()
            self.conftests = _lesson_conftests()
            self.sources = _lesson_sources()
            self.texts = _lesson_texts()
            self.builtins = dict(vars(builtins))
            self.gettrace = sys.gettrace
            self.getprofile = sys.getprofile
            self.manager = None
            self.items = {}

        def session_started(self, config):
            manager = config.pluginmanager
            self.manager = manager
            self.plugins = list(manager.get_plugins())
            self.hookexec = vars(manager).get("_inner_hookexec")
            self.hooks = {name: [impl.function for impl in caller.get_hookimpls()]
                          for name, caller in vars(manager.hook).items()
                          if hasattr(caller, "get_hookimpls")}
            self.meta_path = list(sys.meta_path)
            self.path_hooks = list(sys.path_hooks)
            self.functions = _watched()

        def forged(self, items, config):
            """Test functions whose code is not what the lesson's file held before the learner's
            code ran: a test file rewritten and put back, or bytecode pytest took from a cache."""
            found = []
            originals = {}
            for item in items:
                code = _code(getattr(item, "obj", None))
                if code is None:
                    continue
                path = os.path.realpath(code.co_filename)
                if path not in self.texts:
                    continue
                if path not in originals:
                    originals[path] = _compiled(self.texts[path], code.co_filename, config)
                if not any(_same_code(code, c) for c in originals[path].get(code.co_name, [])):
                    found.append("the test function %s is not the one in the lesson's file %s" % (
                        item.nodeid, os.path.relpath(path, _lesson_dir)))
            return found

        def collected(self, items):
            self.items = {
                item.nodeid: (_code(getattr(item, "obj", None)), vars(type(item)).get("runtest"))
                for item in items}

        def _lesson_plugin(self, plugin):
            path = getattr(plugin, "__file__", None)
            return (type(plugin).__name__ == "module" and path is not None
                    and os.path.realpath(path) in self.conftests)

        def problems(self, item=None, builtins_too=False):
            found = _rebound(self.functions)
            if self.gettrace() is not None:
                found.append("a trace function was set (sys.settrace)")
            if self.getprofile() is not None:
                found.append("a profile function was set (sys.setprofile)")
            if self.manager is not None:
                found.extend(self._manager_problems())
            if item is not None and item.nodeid in self.items:
                code, runtest = self.items[item.nodeid]
                if (_code(getattr(item, "obj", None)) is not code
                        or vars(type(item)).get("runtest") is not runtest
                        or "runtest" in vars(item)):
                    found.append("the test function %s was replaced" % item.nodeid)
            for path, digest in self.sources.items():
                if _digest(path) != digest:
                    found.append("the lesson's file %s was changed" % os.path.relpath(
                        path, _lesson_dir))
            if builtins_too:
                now = vars(builtins)
                changed = sorted(k for k, v in self.builtins.items() if now.get(k) is not v)
                if changed:
                    found.append("built-in names were replaced: %s" % ", ".join(changed[:5]))
            return found

        def _manager_problems(self):
            found = []
            manager = self.manager
            known = [p for p in self.plugins]
            added = [p for p in manager.get_plugins()
                     if not any(p is k for k in known) and not self._lesson_plugin(p)]
            for plugin in added:
                found.append("a pytest plugin was registered: %s" % (
                    manager.get_name(plugin) or type(plugin).__name__))
            if vars(manager).get("_inner_hookexec") is not self.hookexec:
                found.append("pytest's hook caller was replaced")
            for name, functions in self.hooks.items():
                caller = getattr(manager.hook, name, None)
                if caller is None:
                    found.append("the hook %s was removed" % name)
                    continue
                now = [impl.function for impl in caller.get_hookimpls()
                       if not self._lesson_plugin(impl.plugin)]
                before = [f for f in functions]
                if len(now) != len(before) or any(a is not b for a, b in zip(now, before)):
                    if not added:
                        found.append("the implementations of the hook %s were changed" % name)
            if sys.meta_path != self.meta_path or sys.path_hooks != self.path_hooks:
                found.append("import hooks were changed (sys.meta_path, sys.path_hooks)")
            return found


    def _plugin(key):
        """The plugin object pytest calls; its state lives here, not in module attributes."""
        cases = {}
        order = []
        load_errors = []
        tampered = []
        sessions = []
        guard = _Guard()
        file_open, file_write, file_close, file_replace = os.open, os.write, os.close, os.replace

        def note(problems):
            for problem in problems:
                if problem not in tampered:
                    tampered.append(problem)

        def case_of(item):
            case = cases.get(item.nodeid)
            if case is None:
                classname, name = _names(item.nodeid)
                case = {"classname": classname, "name": name, "time": 0.0, "problem": None,
                        "skipped": None, "output": ""}
                cases[item.nodeid] = case
                order.append(item.nodeid)
            return case

        @pytest.hookimpl(trylast=True)
        def pytest_sessionstart(session):
            sessions.append(session)
            if len(sessions) > 1:
                note(["pytest was started again from inside the tests"])
                return
            guard.session_started(session.config)

        @pytest.hookimpl(trylast=True)
        def pytest_collection_finish(session):
            if len(sessions) == 1 and session is sessions[0]:
                guard.collected(session.items)
                note(guard.forged(session.items, session.config))
            note(guard.problems(builtins_too=True))

        @pytest.hookimpl(hookwrapper=True, tryfirst=True)
        def pytest_runtest_call(item):
            note(guard.problems(item))
            yield
            note(guard.problems(item))

        @pytest.hookimpl(hookwrapper=True)
        def pytest_runtest_makereport(item, call):
            outcome = yield
            case = case_of(item)
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
                        case["problem"] = (
                            "failure", "XPASS(strict)", "passed, but was expected to fail", None)
                return
            if excinfo.errisinstance(pytest.skip.Exception) or (
                    call.when == "call" and item.get_closest_marker("xfail") is not None):
                case["skipped"] = excinfo.exconly()
                return
            if case["problem"] is not None:
                return
            not_loaded = unloadable(excinfo.value)
            if not_loaded is not None:
                case["problem"] = ("error",) + not_loaded + (COMPILE_ERROR_TYPE,)
                return
            text = report.longreprtext if report.longrepr is not None else excinfo.exconly()
            kind = "failure" if call.when == "call" else "error"
            case["problem"] = (
                kind, excinfo.exconly().splitlines()[0] if excinfo.exconly() else "", text, None)

        def unloadable(exc):
            """(message, detail) of a syntax error in the learner's own file, else None."""
            if not (_exercise and isinstance(exc, SyntaxError) and exc.filename
                    and _relative(exc.filename) == _exercise):
                return None
            summary = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            prefix = _lesson_dir.rstrip("/") + "/"
            last = summary.splitlines()[-1] if summary else type(exc).__name__
            return ("%s: %s" % (_learner_location(exc), last), summary.replace(prefix, ""))

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
            load_errors.append((node.nodeid, message, detail.strip()))

        def document():
            lines = []
            failures = errors = skipped = 0
            total_time = 0.0
            if tampered:
                errors += 1
                message = "; ".join(tampered[:5])
                lines.append('  <testcase classname="" name="hexlet-lesson" time="0">')
                lines.append('    <error type="%s" message="%s">%s</error>' % (
                    TAMPERED_TYPE, _escape(message), _escape("\n".join(tampered))))
                lines.append("  </testcase>")
            for nodeid, message, text in load_errors:
                classname, name = _names(nodeid) if "::" in nodeid else ("", nodeid)
                errors += 1
                lines.append('  <testcase classname="%s" name="%s" time="0">' % (
                    _escape(classname), _escape(name)))
                lines.append('    <error type="%s" message="%s">%s</error>' % (
                    COMPILE_ERROR_TYPE, _escape(message), _escape(text)))
                lines.append("  </testcase>")
            for nodeid in order:
                case = cases[nodeid]
                total_time += case["time"]
                lines.append('  <testcase classname="%s" name="%s" time="%.3f">' % (
                    _escape(case["classname"]), _escape(case["name"]), case["time"]))
                if case["problem"] is not None:
                    kind, message, text, error_type = case["problem"]
                    if kind == "failure":
                        failures += 1
                    else:
                        errors += 1
                    typed = ' type="%s"' % error_type if error_type else ""
                    lines.append('    <%s%s message="%s">%s</%s>' % (
                        kind, typed, _escape(message), _escape(text), kind))
                elif case["skipped"] is not None:
                    skipped += 1
                    lines.append('    <skipped message="%s"/>' % _escape(case["skipped"]))
                if case["output"]:
                    lines.append("    <system-out>%s</system-out>" % _escape(case["output"]))
                lines.append("  </testcase>")
            head = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
                    '<testsuite name="pytest" tests="%d" failures="%d" errors="%d" skipped="%d"'
                    ' time="%.3f">' % (len(order) + len(load_errors) + (1 if tampered else 0),
                                       failures, errors, skipped, total_time))
            if key is not None:
                head += '\n  <properties><property name="%s" value=""/></properties>' % (
                    SIGNATURE_PROPERTY)
            return head + "\n" + "\n".join(lines) + "\n</testsuite>\n</testsuites>\n"

        @pytest.hookimpl(trylast=True)
        def pytest_sessionfinish(session, exitstatus):
            if sessions and session is not sessions[0]:
                return
            note(guard.problems(builtins_too=True))
            if not _results_path:
                return
            partial = _results_path + ".partial"
            fd = file_open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            try:
                data = document().encode("utf-8")
                if key is not None:
                    empty = ('name="%s" value=""' % SIGNATURE_PROPERTY).encode("ascii")
                    signature = hmac.new(key, data, hashlib.sha256).hexdigest().encode("ascii")
                    data = data.replace(empty, empty[:-1] + signature + b'"', 1)
                while data:
                    data = data[file_write(fd, data):]
            finally:
                file_close(fd)
            file_replace(partial, _results_path)

        class HexletResults:
            pass

        plugin = HexletResults()
        for hook in (pytest_sessionstart, pytest_collection_finish, pytest_runtest_call,
                     pytest_runtest_makereport, pytest_exception_interact, pytest_sessionfinish):
            setattr(plugin, hook.__name__, hook)
        return plugin

    return _plugin(_read_key())


_PLUGIN = _build()
del _build


def pytest_configure(config):
    config.pluginmanager.register(_PLUGIN, "hexlet-lesson-results")
