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
module changes nothing it calls, and its built-in names come from a copy of the builtins taken when
it loads, so replacing builtins.all changes nothing either. It reads the lesson's Python files when
it loads, before any learner code. Once the session starts it notes what pytest looks like: the
functions and classes of pytest and pluggy (with the code and defaults of each function); pytest's
configuration, session, plugin manager, hook relay, hook callers and hook implementations (the
class of each and the object each of their attributes holds); registered plugins, import hooks,
trace functions. It checks all of it again around every test and at the end, comparing identities
only (an object of the learner's could answer == with anything), and compares the lesson's files
on disk with their text. After collection it compares the code of every test function of the
lesson's files with that text compiled as pytest compiles it, so a test file rewritten and put
back, served from a bytecode cache or shadowed by a module in sys.modules is caught although the
file on disk is as it was. Any change, a second pytest session in the process or a test function
swapped after collection becomes a test case with an error of type ``hexlet-lesson:tampered``,
which the grader judges ``error: tampered``. This stops the generic tricks; code written against
this plugin's own internals is beyond what a check inside the same process can stop (see
SECURITY.md).

PYTEST_DONT_REWRITE: pytest would otherwise walk this module for asserts at every run; it has none.
"""

import builtins as _builtins

# Functions defined from here on look their built-in names up in this copy.
__builtins__ = dict(vars(_builtins))
del _builtins


def _build():
    """The plugin object, with everything it uses bound here: code under test that rebinds a
    name of this module changes nothing the plugin calls."""
    import ast
    import builtins
    import os
    import sys
    import traceback
    from itertools import chain, compress, repeat
    from operator import attrgetter, getitem, is_, itemgetter, methodcaller, or_
    from types import FunctionType, MethodType, ModuleType

    try:  # the module hashlib takes it from, without loading OpenSSL: 3 ms of every run
        from _sha256 import sha256
    except ImportError:
        try:
            from _sha2 import sha256  # Python 3.12 and later
        except ImportError:
            from hashlib import sha256

    import pytest
    from _pytest.assertion.rewrite import rewrite_asserts

    COMPILE_ERROR_TYPE = "hexlet-lesson:compile"
    TAMPERED_TYPE = "hexlet-lesson:tampered"
    SIGNATURE_PROPERTY = "hexlet-lesson:signature"
    MAX_OUTPUT = 4096

    _results_path = os.environ.get("HEXLET_RESULTS")
    _exercise = os.environ.get("HEXLET_EXERCISE", "")
    _lesson_dir = os.environ.get("HEXLET_LESSON_DIR", os.getcwd())
    realpath = os.path.realpath
    _get_code = attrgetter("__code__")
    _get_defaults = attrgetter("__defaults__")
    _get_kwdefaults = attrgetter("__kwdefaults__")
    _get_hookimpls = methodcaller("get_hookimpls")
    _get_values = methodcaller("values")
    _get_mro = attrgetter("__mro__")


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


    def _signature(key, data):
        """HMAC-SHA256 (RFC 2104) of data, with the C hash function taken when the plugin loads:
        code under test that rebinds hmac.new or hashlib.sha256 sees nothing of the key."""
        if len(key) > 64:
            key = sha256(key).digest()
        key = key.ljust(64, b"\0")
        inner = sha256(bytes(b ^ 0x36 for b in key) + data).digest()
        return sha256(bytes(b ^ 0x5C for b in key) + inner).hexdigest()


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


    # Code under test that rebinds a function of pytest or pluggy, swaps its __code__ or its
    # defaults could turn a failure into a pass: skip the test body, drop the exception, stub
    # pytest.raises, widen pytest.approx.
    _WATCHED_PACKAGES = ("_pytest", "pytest", "pluggy")
    _DESCRIPTORS = (property, classmethod, staticmethod)
    _MISSING = object()


    def _watchable(values):
        """For each value, whether it is a function, class or method: what pytest calls."""
        return list(map(or_, map(callable, values), map(isinstance, values, repeat(_DESCRIPTORS))))


    def _functions(values):
        """The Python functions among values, those behind methods and properties included."""
        found = list(compress(values, map(is_, map(type, values), repeat(FunctionType))))
        for value in compress(values, map(isinstance, values, repeat(_DESCRIPTORS + (MethodType,)))):
            if isinstance(value, property):
                found.extend(f for f in (value.fget, value.fset, value.fdel) if f is not None)
            elif type(value.__func__) is FunctionType:
                found.append(value.__func__)
        return list(dict(zip(map(id, found), found)).values())


    class _Namespaces:
        """The functions and classes of pytest and pluggy, each with its namespace as it is now.

        A check compares identities only (an object of the learner's could answer == with
        anything), over flat lists with map() and operator.is_: it costs a fraction of a
        millisecond however many names pytest has, and looks name by name only when something
        differs."""

        def __init__(self):
            labels, spaces = [], []
            self.class_labels, self.classes = [], []
            for name, module in list(sys.modules.items()):
                if module is None or name.partition(".")[0] not in _WATCHED_PACKAGES:
                    continue
                labels.append(name)
                spaces.append(vars(module))
                values = list(vars(module).values())
                for value in compress(values, map(isinstance, values, repeat(type))):
                    if getattr(value, "__module__", None) == name:
                        labels.append(name + "." + value.__qualname__)
                        spaces.append(vars(value))
                        self.class_labels.append(labels[-1])
                        self.classes.append(value)
            sizes = list(map(len, spaces))
            values = list(chain.from_iterable(map(_get_values, spaces)))
            watched = _watchable(values)
            self.values = list(compress(values, watched))
            self.keys = list(compress(chain.from_iterable(spaces), watched))
            self.spaces = list(compress(chain.from_iterable(map(repeat, spaces, sizes)), watched))
            self.labels = list(compress(chain.from_iterable(map(repeat, labels, sizes)), watched))
            self.functions = _functions(self.values)
            self.codes = list(map(_get_code, self.functions))
            self.defaults = list(map(_get_defaults, self.functions))
            self.kwdefaults = list(map(_get_kwdefaults, self.functions))
            # The names in each class's own namespace, and the namespaces it inherits from: a name
            # added later may override an inherited method.
            self.class_spaces = list(map(vars, self.classes))
            self.class_names = list(map(frozenset, self.class_spaces))
            self.class_sizes = list(map(len, self.class_names))
            self.mros = list(map(_get_mro, self.classes))
            self.bases = {}
            for mro in self.mros:
                for base in mro[1:]:
                    if base not in self.bases:
                        self.bases[base] = dict(vars(base))

        def problems(self):
            found = []
            functions = self.functions
            try:
                same = all(map(is_, map(getitem, self.spaces, self.keys), self.values))
            except KeyError:
                same = False
            if not (same and all(map(is_, map(_get_code, functions), self.codes))
                    and all(map(is_, map(_get_defaults, functions), self.defaults))
                    and all(map(is_, map(_get_kwdefaults, functions), self.kwdefaults))):
                found.extend(self._replaced())
            if not (all(map(frozenset.issuperset, self.class_names, self.class_spaces))
                    and list(map(len, self.class_spaces)) == self.class_sizes  # ints: == is safe
                    and all(map(is_, map(_get_mro, self.classes), self.mros))):
                found.extend(self._overridden())
            return found

        def _replaced(self):
            changed = {id(f) for f, code, defaults, kwdefaults in zip(
                self.functions, self.codes, self.defaults, self.kwdefaults)
                       if f.__code__ is not code or f.__defaults__ is not defaults
                       or f.__kwdefaults__ is not kwdefaults}
            return ["%s.%s was replaced" % (label, key)
                    for label, space, key, value in zip(
                        self.labels, self.spaces, self.keys, self.values)
                    if space.get(key, _MISSING) is not value
                    or changed and any(id(f) in changed for f in _functions([value]))]

        def _overridden(self):
            found = []
            for i, cls in enumerate(self.classes):
                if cls.__mro__ is not self.mros[i]:
                    found.append("the base classes of %s were changed" % self.class_labels[i])
                space = self.class_spaces[i]
                added = set(space).difference(self.class_names[i])
                if not added and len(space) == self.class_sizes[i]:
                    continue
                inherited = set()
                for base in self.mros[i][1:]:
                    names = self.bases[base]
                    inherited.update(compress(list(names), _watchable(list(names.values()))))
                overridden = sorted(added.intersection(inherited))
                found.extend("%s.%s was overridden" % (self.class_labels[i], key)
                             for key in overridden)
                if not overridden:  # a name pytest added, or one removed: the new baseline
                    self.class_names[i] = frozenset(space)
                    self.class_sizes[i] = len(space)
            return found


    # Values a run changes by itself (counters, flags, lists it refills), not watched on pytest's
    # configuration, session and plugin manager; every other attribute there is.
    _STATE = (type(None), bool, int, float, str, bytes, tuple, frozenset, list, dict, set)


    _methods = {}


    def _shadowed(cls):
        """The names of the functions and methods a class has, which set on one of its objects
        would stand in for them."""
        if cls not in _methods:
            names = set()
            for base in cls.__mro__:
                space = vars(base)
                names.update(compress(list(space), _watchable(list(space.values()))))
            _methods[cls] = frozenset(names)
        return _methods[cls]


    def _attributes(obj):
        space = getattr(obj, "__dict__", None)
        if type(space) is dict:
            return list(space)
        names = []
        for cls in type(obj).__mro__:
            slots = vars(cls).get("__slots__", ())
            names.extend((slots,) if type(slots) is str else slots)
        return names


    class _Objects:
        """pytest's configuration, session, plugin manager and hooks, as they are now: the class of
        each, the object each of their attributes holds, and no method of its class set on one of
        them, so that a replaced config.hook, session.gethookproxy or hook caller is seen."""

        def __init__(self, described):
            self.labels, self.objects = [], []
            self.owners, self.names, self.values = [], [], []
            for label, obj, kept in described:
                self.labels.append(label)
                self.objects.append(obj)
                for name in _attributes(obj):
                    value = getattr(obj, name, _MISSING)
                    # Not a value a property of the class computes afresh at every look.
                    if (value is not _MISSING and value is getattr(obj, name, None)
                            and not isinstance(value, kept)):
                        self.owners.append(obj)
                        self.names.append(name)
                        self.values.append(value)
            self.types = list(map(type, self.objects))
            self.spaced = [obj for obj in self.objects
                           if type(getattr(obj, "__dict__", None)) is dict]
            self.shadows = [_shadowed(type(obj)).difference(vars(obj)) for obj in self.spaced]

        def problems(self):
            try:
                same = all(map(is_, map(getattr, self.owners, self.names), self.values))
            except AttributeError:
                same = False
            if (same and all(map(is_, map(type, self.objects), self.types))
                    and all(map(frozenset.isdisjoint, self.shadows, map(vars, self.spaced)))):
                return []
            label = dict(zip(map(id, self.objects), self.labels))
            found = ["%s was replaced by an object of another class" % label[id(obj)]
                     for obj, cls in zip(self.objects, self.types) if type(obj) is not cls]
            found.extend("the attribute %s of %s was replaced" % (name, label[id(obj)])
                         for obj, name, value in zip(self.owners, self.names, self.values)
                         if getattr(obj, name, _MISSING) is not value)
            for obj, shadow in zip(self.spaced, self.shadows):
                found.extend("the method %s of %s was replaced on the object" % (
                    name, label[id(obj)]) for name in sorted(shadow.intersection(vars(obj))))
            return found


    def _same_list(now, before):
        return len(now) == len(before) and all(map(is_, now, before))


    def _read(path):
        try:
            with open(path, "rb") as f:
                return f.read()
        except OSError:
            return None

    def _lesson_files():
        """The lesson's Python files (not the learner's) and their text before any learner code
        runs: pytest may collect or import them later, and code under test that rewrote
        test_more.py before pytest reads it would choose its tests."""
        found = []
        for root, _dirs, files in os.walk(_lesson_dir):
            for name in files:
                path = os.path.join(root, name)
                if name.endswith(".py") and os.path.relpath(path, _lesson_dir) != _exercise:
                    found.append((path, _read(path)))
        return found

    def _compiled(source, path, config, rewritten):
        """The code objects of a lesson file by name, compiled from the text read before the
        learner's code ran: as pytest does (asserts rewritten), or as Python does."""
        try:
            if rewritten:
                tree = ast.parse(source, filename=path)
                rewrite_asserts(tree, source, path, config)
                source = tree
            pending = [compile(source, path, "exec", dont_inherit=True)]
        except Exception:  # a file pytest cannot compile has no tests to compare
            return {}
        found = {}
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
            self.sources = _lesson_files()
            # By the path found and by real path, as a test function's code may name its file.
            self.texts = dict(self.sources)
            self.texts.update((realpath(path), text) for path, text in self.sources)
            self.conftests = {path for path in self.texts
                              if os.path.basename(path) == "conftest.py"}
            self.builtins = dict(vars(builtins))
            self.gettrace = sys.gettrace
            self.getprofile = sys.getprofile
            self.namespaces = self.manager = None
            self.items = {}
            self.libraries = {}  # a library's file: its code objects by name

        def session_started(self, session):
            config = session.config
            manager = config.pluginmanager
            self.session, self.config, self.manager = session, config, manager
            self.plugins = list(manager.get_plugins())  # kept alive: their ids stay theirs
            self.known = set(map(id, self.plugins))
            self.callers = [(name, caller) for name, caller in vars(manager.hook).items()
                            if hasattr(caller, "get_hookimpls")]
            self.hooks = [caller.get_hookimpls() for _name, caller in self.callers]
            self.impls = list(chain.from_iterable(self.hooks))
            described = [("pytest's configuration", config, _STATE),
                         ("the pytest session", session, _STATE),
                         ("pytest's plugin manager", manager, _STATE),
                         ("pytest's hooks", manager.hook, _STATE)]
            for (name, caller), impls in zip(self.callers, self.hooks):
                described.append(("the hook " + name, caller, _STATE))
                described.extend(("an implementation of the hook " + name, impl, ())
                                 for impl in impls)
            self.objects = _Objects(described)
            self.meta_path = list(sys.meta_path)
            self.path_hooks = list(sys.path_hooks)
            self.namespaces = _Namespaces()

        def forged(self, items, config):
            """Test functions of the lesson's files whose code is not what those files held before
            the learner's code ran: a test file rewritten and put back, bytecode pytest took from a
            cache, or a module of the learner's put in sys.modules under a test file's name."""
            found = []
            compiled = {}
            for item in items:
                function = getattr(item, "obj", None)  # None for doctests and the like
                home = self._lesson_path(str(getattr(item, "path", getattr(item, "fspath", ""))))
                if (function is not None and home is not None
                        and not self._genuine(function, compiled, config)):
                    found.append("the test function %s is not the one in the lesson's file %s" % (
                        item.nodeid, os.path.relpath(home, _lesson_dir)))
            return found

        def _lesson_path(self, path):
            if path in self.texts:
                return path
            path = realpath(path)
            return path if path in self.texts else None

        def _genuine(self, function, compiled, config):
            """Whether a test function's code was compiled from a lesson file's text as it was
            before the learner's code ran, or it is a decorator's wrapper from a module outside
            the lesson (unittest.mock.patch) around such a function."""
            for _depth in range(8):
                if type(function) is MethodType:
                    function = function.__func__
                if type(function) is not FunctionType:  # a callable object, whatever its __code__
                    return False
                code = function.__code__
                path = self._lesson_path(code.co_filename)
                if path is None:
                    if not self._library_code(code):
                        return False
                    function = getattr(function, "__wrapped__", None)
                    continue
                # pytest rewrites the asserts of test files unless told not to: the plain
                # compilation is needed only then.
                for rewritten in (True, False):
                    if (path, rewritten) not in compiled:
                        compiled[path, rewritten] = _compiled(
                            self.texts[path], code.co_filename, config, rewritten)
                    if any(_same_code(code, c)
                           for c in compiled[path, rewritten].get(code.co_name, [])):
                        return True
                return False
            return False

        def _library_code(self, code):
            """Whether code is what a file outside the lesson holds, which the learner cannot
            have written: a library's, owned by another user."""
            path = code.co_filename
            try:
                if (os.stat(path).st_uid == os.getuid()
                        or realpath(path).startswith(realpath(_lesson_dir) + os.sep)):
                    return False
            except (OSError, ValueError):
                return False
            if path not in self.libraries:
                self.libraries[path] = _compiled(_read(path), path, None, False)
            return any(_same_code(code, c) for c in self.libraries[path].get(code.co_name, []))

        def collected(self, items):
            for item in items:
                cls = type(item)
                self.items[item.nodeid] = (
                    cls, _code(getattr(item, "obj", None)), vars(cls).get("runtest"),
                    _shadowed(cls).difference(vars(item)))

        def _lesson_plugin(self, plugin):
            """A conftest.py of the lesson, which pytest registers when it reaches its folder."""
            path = getattr(plugin, "__file__", None)
            return (type(plugin) is ModuleType and type(path) is str
                    and (path in self.conftests or realpath(path) in self.conftests))

        def problems(self, item=None, builtins_too=False):
            found = [] if self.namespaces is None else self.namespaces.problems()
            if self.gettrace() is not None:
                found.append("a trace function was set (sys.settrace)")
            if self.getprofile() is not None:
                found.append("a profile function was set (sys.setprofile)")
            if self.manager is not None:
                found.extend(self.objects.problems())
                found.extend(self._manager_problems())
            if item is not None and item.nodeid in self.items:
                cls, code, runtest, shadow = self.items[item.nodeid]
                if (type(item) is not cls or _code(getattr(item, "obj", None)) is not code
                        or vars(cls).get("runtest") is not runtest
                        or not shadow.isdisjoint(vars(item))
                        or getattr(item, "session", None) is not self.session
                        or getattr(item, "config", None) is not self.config):
                    found.append("the test function %s was replaced" % item.nodeid)
            for path, text in self.sources:
                if _read(path) != text:
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
            added = [p for p in manager.get_plugins()
                     if id(p) not in self.known and not self._lesson_plugin(p)]
            for plugin in added:
                found.append("a pytest plugin was registered: %s" % (
                    manager.get_name(plugin) or type(plugin).__name__))
            impls = list(chain.from_iterable(map(_get_hookimpls, map(itemgetter(1), self.callers))))
            if not added and not _same_list(impls, self.impls):
                # Either tampering or a conftest.py of the lesson in a folder pytest reached since.
                for (name, caller), before in zip(self.callers, self.hooks):
                    now = [impl for impl in caller.get_hookimpls()
                           if any(impl is b for b in before) or not self._lesson_plugin(impl.plugin)]
                    if not _same_list(now, before):
                        found.append("the implementations of the hook %s were changed" % name)
            if (not _same_list(sys.meta_path, self.meta_path)
                    or not _same_list(sys.path_hooks, self.path_hooks)):
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
        new_file = os.O_WRONLY | os.O_CREAT | os.O_TRUNC

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
            guard.session_started(session)

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
            fd = file_open(partial, new_file, 0o644)
            try:
                data = document().encode("utf-8")
                if key is not None:
                    empty = ('name="%s" value=""' % SIGNATURE_PROPERTY).encode("ascii")
                    signature = _signature(key, data).encode("ascii")
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
