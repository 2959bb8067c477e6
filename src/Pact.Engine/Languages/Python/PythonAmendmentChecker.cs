namespace Pact.Engine.Languages.Python;

/// <summary>
/// Reads a Python amendment with the interpreter's own <c>ast</c> (parsed, never run). The locked module's statements
/// must reappear unchanged (a byte prefix can still continue the last one), and the appended statements may only be
/// new test functions and classes, helpers, imports and plain constants under names the locked code neither defines
/// nor uses: so no redefined test, no rebound function under test or fixture, no patch of a module, no pytest hook
/// (setup_module, pytestmark, autouse fixtures) and nothing that calls code while the module loads (decorators other
/// than pytest marks and fixtures, default values, annotations, assigned values, top-level statements).
/// </summary>
public sealed class PythonAmendmentChecker(Toolchain.Toolchain toolchain, Judge.Processes.ProcessRunner processes) : IAmendmentChecker
{
    private const string Script = """
        import ast, json, sys

        # Names pytest gives a meaning in a test module: binding one changes how the locked tests run.
        SPECIAL = {"setup_module", "teardown_module", "setup_function", "teardown_function", "setUpModule", "tearDownModule",
                   "setup", "teardown", "pytestmark", "pytest_plugins", "pytest"}
        PURE = (ast.Constant, ast.Name, ast.Load, ast.Tuple, ast.List, ast.Set, ast.Dict, ast.BinOp, ast.UnaryOp, ast.BoolOp,
                ast.Compare, ast.operator, ast.unaryop, ast.boolop, ast.cmpop, ast.Attribute, ast.Subscript, ast.Slice,
                ast.Starred, ast.JoinedStr, ast.FormattedValue, ast.IfExp, ast.ListComp, ast.SetComp, ast.DictComp,
                ast.GeneratorExp, ast.comprehension, ast.Store)
        DECORATOR_NAMES = {"staticmethod", "classmethod", "property"}

        def identifiers(tree):
            names = set()
            for n in ast.walk(tree):
                if isinstance(n, ast.Name): names.add(n.id)
                elif isinstance(n, ast.arg): names.add(n.arg)
                elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)): names.add(n.name)
                elif isinstance(n, ast.alias):
                    names.add(n.name.split(".")[0])
                    if n.asname: names.add(n.asname)
                elif isinstance(n, ast.Attribute): names.add(n.attr)
                elif isinstance(n, ast.keyword) and n.arg: names.add(n.arg)
                elif isinstance(n, (ast.Global, ast.Nonlocal)): names.update(n.names)
                elif isinstance(n, ast.ExceptHandler) and n.name: names.add(n.name)
            return names

        def pure(node):
            # True when evaluating node calls nothing and binds nothing (a lambda's body runs later, its defaults now).
            if node is None: return True
            if isinstance(node, ast.Lambda):
                return all(pure(d) for d in node.args.defaults + [d for d in node.args.kw_defaults if d])
            return isinstance(node, PURE) and all(pure(c) for c in ast.iter_child_nodes(node))

        def chain(node):
            parts = []
            while isinstance(node, ast.Attribute):
                parts.append(node.attr); node = node.value
            if isinstance(node, ast.Name):
                parts.append(node.id); return list(reversed(parts))
            return None

        def decorator_ok(d):
            c = chain(d)
            if c is not None:
                return (len(c) == 1 and c[0] in DECORATOR_NAMES) or c[:2] == ["pytest", "mark"] or c == ["pytest", "fixture"]
            if isinstance(d, ast.Call):
                c = chain(d.func)
                if c is None or not (c[:2] == ["pytest", "mark"] or c == ["pytest", "fixture"]): return False
                if any(k.arg == "autouse" or k.arg is None for k in d.keywords): return False
                return all(pure(a) for a in d.args) and all(pure(k.value) for k in d.keywords)
            return False

        def check(old_src, new_src):
            old, new = ast.parse(old_src), ast.parse(new_src)
            problems = []
            def refuse(name, node, why): problems.append({"name": name, "line": getattr(node, "lineno", None), "problem": why})
            n_old = len(old.body)
            if len(new.body) < n_old or any(ast.dump(a) != ast.dump(b) for a, b in zip(old.body, new.body)):
                first = next((b for a, b in zip(old.body, new.body) if ast.dump(a) != ast.dump(b)), new.body[-1] if new.body else new)
                refuse(getattr(first, "name", ""), first, "the appended code changes a statement of the locked code (it continues it)")
                return problems
            used = identifiers(old)
            # pytest must be the real module wherever its marks are trusted
            for n in ast.walk(new):
                if isinstance(n, ast.alias) and (n.asname or n.name.split(".")[0]) == "pytest" and not (n.name == "pytest" and n.asname is None):
                    refuse("pytest", n, "binds the name pytest to something else")
            seen = set()
            def bind(name, node, where="module"):
                if name in used:
                    refuse(name, node, f"binds '{name}', a name the locked tests already define or use; it would redefine or shadow it")
                elif name in seen and where == "module":
                    refuse(name, node, f"binds '{name}' twice")
                elif where == "module" and (name in SPECIAL - {"pytest"} or (name.startswith("__") and name.endswith("__")) or name.startswith("pytest_")):
                    refuse(name, node, f"'{name}' has a meaning for pytest or Python in a test module and would change how the locked tests run")
                seen.add(name)
            def function(f, where):
                bind(f.name, f, where)
                for d in f.decorator_list:
                    if not decorator_ok(d): refuse(f.name, d, "a decorator that is not a pytest mark or fixture (without autouse) runs code when the module loads")
                args = f.args
                for d in args.defaults + [d for d in args.kw_defaults if d]:
                    if not pure(d): refuse(f.name, d, "a default value that calls code runs when the module loads")
                for a in args.posonlyargs + args.args + args.kwonlyargs + [x for x in (args.vararg, args.kwarg) if x]:
                    if not pure(a.annotation): refuse(f.name, a, "an annotation that calls code runs when the module loads")
                if not pure(f.returns): refuse(f.name, f, "an annotation that calls code runs when the module loads")
            def assignment(s, where):
                targets = s.targets if isinstance(s, ast.Assign) else [s.target]
                for t in targets:
                    if isinstance(t, ast.Name): bind(t.id, t, where)
                    else: refuse("", s, "assigns to something other than a new name (an attribute, an item, a pattern): that patches what the locked tests use")
                if not pure(s.value) or (isinstance(s, ast.AnnAssign) and not pure(s.annotation)):
                    refuse("", s, "an assigned value that calls code runs when the module loads")
            for s in new.body[n_old:]:
                if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    function(s, "module")
                elif isinstance(s, ast.ClassDef):
                    bind(s.name, s)
                    for d in s.decorator_list:
                        if not decorator_ok(d): refuse(s.name, d, "a class decorator runs code when the module loads")
                    if s.keywords or not all(pure(b) for b in s.bases): refuse(s.name, s, "class keywords (a metaclass) or computed bases run code when the module loads")
                    for m in s.body:
                        if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef)): function(m, "class")
                        elif isinstance(m, (ast.Assign, ast.AnnAssign)):
                            if any(not isinstance(t, ast.Name) for t in (m.targets if isinstance(m, ast.Assign) else [m.target])) or not pure(m.value):
                                refuse(s.name, m, "a class body statement that calls or patches code runs when the module loads")
                        elif isinstance(m, ast.Pass) or (isinstance(m, ast.Expr) and isinstance(m.value, ast.Constant)): pass
                        else: refuse(s.name, m, "a class body statement other than a method or a plain assignment runs code when the module loads")
                elif isinstance(s, (ast.Import, ast.ImportFrom)):
                    for a in s.names:
                        if a.name == "*": refuse("*", s, "a star import binds names nobody can see, possibly ones the locked tests use")
                        else: bind(a.asname or a.name.split(".")[0], s)
                elif isinstance(s, (ast.Assign, ast.AnnAssign)):
                    assignment(s, "module")
                elif isinstance(s, ast.Pass) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)):
                    pass
                else:
                    refuse("", s, f"a top-level {type(s).__name__} statement runs code when the module loads; only new tests, helpers, imports of new names and plain constants may be appended")
            return problems

        pair = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        try:
            print(json.dumps(check(pair[0], pair[1])))
        except SyntaxError as e:
            print(json.dumps([{"name": "", "line": e.lineno, "problem": "the code does not parse: " + (e.msg or "invalid syntax")}]))
        """;

    public Task<IReadOnlyList<Redefinition>> CheckAsync(string lockedCode, string submittedCode, PactConfig? config, CancellationToken cancellationToken)
    {
        var python = toolchain.Python(config);
        return AmendmentCheckers.RunScriptAsync(processes, python, ["-I", "-c", Script], lockedCode, submittedCode, toolchain.Describe(Toolchain.Toolchain.PythonVariable, python), cancellationToken);
    }
}
