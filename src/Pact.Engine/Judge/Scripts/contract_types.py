"""Pact's contract-typed values: wraps the contract functions of the component modules so every value they return is
checked against the contract's declared type (exact built-in types; bool is not int), before a test can compare it."""
import builtins, enum, functools, importlib.abc, importlib.machinery, inspect, json, os, sys, types

_SPEC_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "contract_types.json")
with open(_SPEC_FILE, encoding="utf-8") as _f:
    _SPEC = json.load(_f)
_LOG = open(_SPEC["log"], "a", encoding="utf-8", buffering=1)
_TYPES = {t["name"]: t for c in _SPEC["components"] for t in c["types"]}
_ROOTS = [(os.path.realpath(c["src"]) + os.sep, c) for c in _SPEC["components"]]
_ROOT_DIRS = tuple(r for r, _ in _ROOTS)
_type, _isinstance, _getattr, _len, _repr = builtins.type, builtins.isinstance, builtins.getattr, builtins.len, builtins.repr
_int, _float, _bool, _str, _bytes, _dict, _list, _tuple, _set, _frozenset, _none = int, float, bool, str, bytes, dict, list, tuple, set, frozenset, type(None)
_log_write = _LOG.write


class ContractTypeViolation(BaseException):
    """Not an Exception: `except Exception` and `pytest.raises(Exception)` in a test do not swallow it."""


def _split(text, sep):
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += 1 if ch in "[(" else -1 if ch in "])" else 0
        if ch == sep and depth == 0:
            parts.append(text[start:i].strip()); start = i + 1
    parts.append(text[start:].strip())
    return parts


def _parse(expr):
    """('name', [args]) trees of a contract type expression: dict[str,int] -> ('dict', [('str',[]), ('int',[])])."""
    expr = expr.strip()
    alts = _split(expr, "|")
    if _len(alts) > 1:
        return ("Union", [_parse(a) for a in alts])
    if expr.endswith("]") and "[" in expr:
        head = expr[:expr.index("[")].strip()
        return (head, [_parse(a) for a in _split(expr[expr.index("[") + 1:-1], ",") if a])
    return (expr, [])


def _describe(v):
    t = _type(v)
    return f"{t.__module__}.{t.__qualname__}" if t.__module__ not in ("builtins",) else t.__qualname__


def _written_in_src(fn):
    code = _getattr(fn, "__code__", None)
    return code is not None and os.path.realpath(code.co_filename).startswith(_ROOT_DIRS)


def _own_equality(t):
    """A class of the implementation that defines its own equality (a dataclass's generated __eq__ is not its own)."""
    for k in t.__mro__:
        for name in ("__eq__", "__ne__"):
            f = k.__dict__.get(name)
            if f is not None and _written_in_src(f):
                return f"{k.__qualname__}.{name}"
    return None


def _check(v, tree, at, problems, depth=0):
    name, args = tree
    if depth > 64:
        return
    t = _type(v)
    def bad(expected):
        problems.append((at or "/", expected, _describe(v)))
    if name in ("any", "Any", "object", "Callable", "AsyncCallable", "Iterator", "Iterable", "Generator", "AsyncIterator", "Awaitable", "Coroutine", "Path", "datetime"):
        return
    if name in ("None",):
        if v is not None: bad("None")
        return
    if name == "Optional":
        if v is not None and args: _check(v, args[0], at, problems, depth + 1)
        return
    if name == "Union":
        for a in args:
            sub = []
            _check(v, a, at, sub, depth + 1)
            if not sub: return
        bad(" | ".join(a[0] for a in args))
        return
    simple = {"str": (_str,), "int": (_int,), "bool": (_bool,), "bytes": (_bytes,), "float": (_float, _int)}
    if name in simple:
        if t not in simple[name]: bad(name)
        return
    if name in ("dict", "Mapping"):
        if t is not _dict: bad(name); return
        for k, item in _dict.items(v):
            if _len(args) == 2:
                _check(k, args[0], f"{at}/{k}", problems, depth + 1)
                _check(item, args[1], f"{at}/{k}", problems, depth + 1)
        return
    if name in ("list", "Sequence"):
        if t is not _list: bad("list"); return
        for i, item in enumerate(_list.__iter__(v)):
            if args: _check(item, args[0], f"{at}/{i}", problems, depth + 1)
        return
    if name in ("set", "frozenset"):
        if t is not (_set if name == "set" else _frozenset): bad(name); return
        for item in v:
            if args: _check(item, args[0], f"{at}/*", problems, depth + 1)
        return
    if name == "tuple":
        if t is not _tuple: bad("tuple"); return
        if _len(args) == 2 and args[1][0] == "...":
            for i, item in enumerate(v): _check(item, args[0], f"{at}/{i}", problems, depth + 1)
        elif args:
            if _len(v) != _len(args): bad(f"tuple of {_len(args)}"); return
            for i, (item, a) in enumerate(zip(v, args)): _check(item, a, f"{at}/{i}", problems, depth + 1)
        return
    spec = _TYPES.get(name)
    if spec is None:
        return  # a name the contract does not define: nothing to hold it to
    kind = spec["kind"]
    if kind == "list":
        _check(v, ("list", [_parse(spec["item_type"])] if spec["item_type"] else []), at, problems, depth + 1); return
    if kind in ("optional", "union"):
        inner = [_parse(i) for i in spec["inner_types"]]
        _check(v, ("Optional", inner) if kind == "optional" else ("Union", inner), at, problems, depth + 1); return
    if kind == "primitive":
        return
    if t.__name__ != name or not _isinstance(v, object):
        bad(name); return
    if kind == "enum":
        if not _isinstance(v, enum.Enum): bad(f"{name} (an Enum)"); return
    own = _own_equality(t)
    if own is not None:
        problems.append((at or "/", f"{name} with the equality it was declared with", f"{_describe(v)} whose {own} is the implementation's own"))
        return
    if kind == "struct":
        for field in spec["fields"]:
            try:
                item = object.__getattribute__(v, field["name"])
            except AttributeError:
                if field["required"]: problems.append((f"{at}/{field['name']}", field["type"], "missing"))
                continue
            if item is None and not field["required"]:
                continue
            _check(item, _parse(field["type"]), f"{at}/{field['name']}", problems, depth + 1)


def _violation(function, expr, problems):
    at, expected, got = problems[0]
    message = f"judge.type_violation: {function} returned {got} at {at}, the contract says {expected} (output type {expr})"
    _log_write(json.dumps({"function": function, "pointer": at, "expected": expected, "got": got}) + "\n")
    return ContractTypeViolation(message)


def _wrap(fn, qualified, output, is_async):
    if _getattr(fn, "__contract_typed__", False) or not callable(fn):
        return fn
    tree = _parse(output)
    def checked(value):
        problems = []
        _check(value, tree, "", problems)
        if problems:
            raise _violation(qualified, output, problems)
        return value
    if is_async or inspect.iscoroutinefunction(fn):
        @functools.wraps(fn)
        async def typed_async(*a, **k):
            return checked(await fn(*a, **k))
        typed_async.__contract_typed__ = True
        return typed_async
    @functools.wraps(fn)
    def typed(*a, **k):
        return checked(fn(*a, **k))
    typed.__contract_typed__ = True
    return typed


def _contract_module(module, component):
    functions = {f["name"]: f for f in component["functions"]}
    cache = {}
    def wrapped(name, value):
        f = functions[name]
        key = id(value)
        if key not in cache or cache[key][0] is not value:
            cache[key] = (value, _wrap(value, f"{module.__name__}.{name}", f["output"], f["async"]))
        return cache[key][1]
    for name in functions:
        if name in module.__dict__:
            module.__dict__[name] = wrapped(name, module.__dict__[name])
    base = _type(module)
    class ContractModule(base):
        """Every read of a contract function, however it is bound later, gets the checked one."""
        def __getattribute__(self, name):
            value = base.__getattribute__(self, name)
            return wrapped(name, value) if name in functions and callable(value) else value
    module.__class__ = ContractModule


class _Loader(importlib.abc.Loader):
    def __init__(self, inner, component):
        self._inner, self._component = inner, component
    def __getattr__(self, name):
        return _getattr(self._inner, name)
    def create_module(self, spec):
        return self._inner.create_module(spec)
    def exec_module(self, module):
        self._inner.exec_module(module)
        if sys.modules.get(module.__name__) is not module:
            raise ContractTypeViolation(f"judge.type_violation: module {module.__name__} replaced itself in sys.modules while it loaded, so its contract functions cannot be checked")
        _contract_module(module, self._component)


class _Finder:
    @staticmethod
    def find_spec(name, path=None, target=None):
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is None or not spec.origin or spec.loader is None:
            return spec
        origin = os.path.realpath(spec.origin)
        for root, component in _ROOTS:
            if origin.startswith(root):
                spec.loader = _Loader(spec.loader, component)
                return spec
        return None
    @staticmethod
    def invalidate_caches():
        pass


sys.meta_path.insert(0, _Finder)
