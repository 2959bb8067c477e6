"""Pact's tamper scan of Python implementation files: parsed with ast, never run. Reads [{path, text}] on stdin and
prints [{path, line, rule, message}]: code that reaches into the test framework, ends or outlives the process,
probes the environment it runs in, or reads outside its component."""
import ast, json, sys

FRAMEWORK_MODULES = {"pytest", "_pytest", "unittest", "pluggy", "contract_types", "gc", "ctypes", "inspect", "importlib", "sitecustomize", "runpy", "code"}
FRAMEWORK_ATTRS = {("sys", "modules"), ("sys", "meta_path"), ("sys", "path_hooks"), ("sys", "settrace"), ("sys", "setprofile"), ("sys", "_getframe"),
                   ("sys", "excepthook"), ("sys", "addaudithook"), ("sys", "displayhook"), ("builtins", "*"), ("__builtins__", "*")}
EXIT_CALLS = {("os", "_exit"), ("os", "abort"), ("os", "kill"), ("os", "killpg"), ("sys", "exit"), ("atexit", "register"), ("signal", "signal"),
              ("signal", "alarm"), ("signal", "setitimer"), ("faulthandler", "enable"), ("os", "register_at_fork")}
EXIT_MODULES = {"atexit", "signal", "faulthandler"}
PROCESS_MODULES = {"subprocess", "multiprocessing", "concurrent", "threading", "_thread", "pty", "asyncio.subprocess"}
PROCESS_CALLS = {("os", n) for n in ("fork", "forkpty", "system", "popen", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp",
                 "spawnvpe", "execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe", "setsid", "setpgid", "daemon", "posix_spawn", "posix_spawnp")}
ENV_ATTRS = {("os", "environ"), ("os", "getenv"), ("os", "environb"), ("os", "getenvb"), ("os", "getuid"), ("os", "geteuid"), ("os", "getppid"),
             ("os", "getlogin"), ("os", "uname"), ("platform", "*"), ("getpass", "*"), ("pwd", "*"), ("socket", "gethostname"), ("sys", "argv"),
             ("sys", "orig_argv"), ("sys", "executable"), ("sys", "flags")}
ENV_WORDS = ("PACT", "PYTEST", "CI", "GITHUB_", "JUDGE", "SANDBOX", "BWRAP", "bubblewrap", "/.cache/results", "junit")

def chain(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr); node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id); return list(reversed(parts))
    return None

def scan(path, text):
    found = []
    def hit(node, rule, message):
        found.append({"path": path, "line": getattr(node, "lineno", 1), "rule": rule, "message": message})
    try:
        tree = ast.parse(text, filename=path)
    except SyntaxError as e:
        return [{"path": path, "line": e.lineno or 1, "rule": "tamper.python.unparsable", "message": "the file does not parse, so it cannot be scanned: " + (e.msg or "invalid syntax")}]
    aliases = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            for a in n.names:
                aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(n, ast.ImportFrom) and n.module and n.level == 0:
            for a in n.names:
                aliases[a.asname or a.name] = n.module + "." + a.name
    def resolved(node):
        c = chain(node)
        if c is None: return None
        head = aliases.get(c[0], c[0]).split(".")
        return head + c[1:]
    def matches(c, table):
        return c is not None and len(c) >= 2 and ((c[0], c[1]) in table or (c[0], "*") in table)
    def attribute(n, c):
        if matches(c, FRAMEWORK_ATTRS):
            hit(n, "tamper.python.framework_internals", f"uses {'.'.join(c[:2])}: patching the module table, import hooks, tracing or builtins reaches into the test framework")
        elif matches(c, EXIT_CALLS):
            hit(n, "tamper.python.exit_tricks", f"uses {'.'.join(c[:2])}: it can end the process or run code after the tests")
        elif matches(c, PROCESS_CALLS):
            hit(n, "tamper.python.detached_process", f"uses {'.'.join(c[:2])}: it starts a process the tests do not control")
        elif matches(c, ENV_ATTRS):
            hit(n, "tamper.python.environment_probe", f"uses {'.'.join(c[:2])}: it tells the code where and as whom it runs")
        else:
            return False
        return True
    for n in ast.walk(tree):
        if isinstance(n, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in n.names] if isinstance(n, ast.Import) else [n.module or ""]
            for name in names:
                top = name.split(".")[0]
                if top in FRAMEWORK_MODULES or name in FRAMEWORK_MODULES:
                    hit(n, "tamper.python.framework_internals", f"imports {name}: the test framework's or the interpreter's internals are no business of an implementation")
                elif top in EXIT_MODULES:
                    hit(n, "tamper.python.exit_tricks", f"imports {name}: exit handlers and signals can end the run or rewrite its report after the tests")
                elif top in PROCESS_MODULES or name in PROCESS_MODULES:
                    hit(n, "tamper.python.detached_process", f"imports {name}: a process or thread started by the implementation can outlive or race the tests")
                elif top in ("platform", "getpass", "pwd"):
                    hit(n, "tamper.python.environment_probe", f"imports {name}: it tells the code where and as whom it runs")
            if isinstance(n, ast.ImportFrom) and n.module:
                for a in n.names:
                    attribute(n, [n.module.split(".")[0], a.name])
        elif isinstance(n, ast.Name):
            if n.id in ("__builtins__", "__import__", "breakpoint"):
                hit(n, "tamper.python.framework_internals", f"uses {n.id}: it reaches the interpreter's import machinery or builtins")
            elif n.id in ("exec", "eval", "compile"):
                hit(n, "tamper.python.framework_internals", f"uses {n.id}: code built at run time cannot be scanned")
            elif "." in aliases.get(n.id, ""):
                attribute(n, aliases[n.id].split("."))
        elif isinstance(n, ast.Attribute):
            c = resolved(n)
            if c is not None and attribute(n, c):
                continue
            if n.attr in ("__code__", "__globals__", "__closure__", "__wrapped__", "__subclasses__", "f_back", "f_globals", "f_locals", "tb_frame", "gi_frame") or (n.attr == "__class__" and isinstance(n.ctx, ast.Store)):
                hit(n, "tamper.python.framework_internals", f"uses .{n.attr}: frames, code objects and rebinding an object's class reach around the wrapper Pact puts on contract functions")
        elif isinstance(n, ast.Constant) and isinstance(n.value, str):
            v = n.value
            if any(w in v for w in ENV_WORDS) and len(v) < 200 and (v.isupper() or "/" in v or v in ("bubblewrap", "junit")):
                hit(n, "tamper.python.environment_probe", f"names {v!r}: it looks for the judge, the CI or the sandbox")
            elif (v.startswith("/") and len(v) > 1 and not v.startswith("//")) or v.startswith("..") or "/.." in v or v.startswith("~"):
                hit(n, "tamper.python.outside_paths", f"the path {v[:80]!r} points outside the component (an absolute path, a parent directory, a home)")
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name in ("__eq__", "__ne__"):
            hit(n, "tamper.python.equality_override", f"defines {n.name}: an equality of its own can make any comparison in a test succeed; contract values use the equality their type was declared with")
        elif isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id in ("__eq__", "__ne__") for t in n.targets):
            hit(n, "tamper.python.equality_override", "assigns __eq__ or __ne__: an equality of its own can make any comparison in a test succeed")
    unique = {}
    for f in found:
        unique.setdefault((f["line"], f["rule"]), f)
    return sorted(unique.values(), key=lambda f: (f["line"], f["rule"]))

files = json.loads(sys.stdin.buffer.read().decode("utf-8"))
out = []
for f in files:
    out.extend(scan(f["path"], f["text"]))
print(json.dumps(out))
