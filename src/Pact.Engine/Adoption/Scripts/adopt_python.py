# pact adopt, Python side: read an existing package with the interpreter's own ast (what parses and what a
# signature says are exactly what Python sees), then copy its modules into Pact's layout with the imports between
# them rewritten to the flat module names they get there. Reads one JSON request on stdin, answers one on stdout.
import ast, json, sys

STDLIB = set(getattr(sys, "stdlib_module_names", ())) | set(sys.builtin_module_names)


def dotted_of(relative, package):
    parts = relative[:-3].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    if package:
        parts = [package] + parts
    return ".".join(parts)


def unparse(node):
    return ast.unparse(node) if node is not None else None


def doc_line(node):
    text = ast.get_docstring(node) or ""
    return text.strip().splitlines()[0].strip() if text.strip() else ""


def parameters(args):
    out = []
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(positional, defaults):
        out.append({"name": arg.arg, "annotation": unparse(arg.annotation), "default": unparse(default), "kind": "positional"})
    if args.vararg:
        out.append({"name": args.vararg.arg, "annotation": unparse(args.vararg.annotation), "default": None, "kind": "varargs"})
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        out.append({"name": arg.arg, "annotation": unparse(arg.annotation), "default": unparse(default), "kind": "keyword"})
    if args.kwarg:
        out.append({"name": args.kwarg.arg, "annotation": unparse(args.kwarg.annotation), "default": None, "kind": "varkw"})
    return out


def class_of(node):
    bases = [unparse(b) for b in node.bases]
    fields, variants = [], []
    is_enum = any(b.split(".")[-1] in ("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag") for b in bases)
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and not item.target.id.startswith("_"):
            fields.append({"name": item.target.id, "annotation": unparse(item.annotation), "default": unparse(item.value)})
        elif is_enum and isinstance(item, ast.Assign):
            variants.extend(t.id for t in item.targets if isinstance(t, ast.Name) and not t.id.startswith("_"))
    return {"name": node.name, "doc": doc_line(node), "bases": bases, "fields": fields, "variants": variants, "enum": is_enum}


def literal_all(tree):
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            try:
                value = ast.literal_eval(node.value)
            except Exception:
                return None
            if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                return list(value)
    return None


def imports_of(tree):
    stack, found = list(tree.body), []
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
            continue
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            inner = getattr(node, field, None)
            if inner:
                stack.extend(inner)
    return found


def read(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    return source, ast.parse(source)


class Project:
    def __init__(self, root, files, package):
        self.root, self.package = root, package
        self.by_dotted = {dotted_of(f, package): f for f in files}
        self.dotted = {f: dotted_of(f, package) for f in files}

    def base(self, relative, node):
        """The dotted module an import names, relative imports made absolute; None if it climbs out of the tree."""
        if isinstance(node, ast.Import) or node.level == 0:
            return node.module if isinstance(node, ast.ImportFrom) else None
        own = self.dotted[relative].split(".") if self.dotted[relative] else []
        package = own if relative.endswith("__init__.py") else own[:-1]
        up = node.level - 1
        if up > len(package):
            return None
        parts = package[: len(package) - up] if up else package
        return ".".join(parts + ([node.module] if node.module else []))

    def module(self, dotted):
        return dotted if dotted in self.by_dotted else None


def extract(request):
    project = Project(request["root"], request["files"], request.get("package"))
    modules = []
    for relative in request["files"]:
        entry = {"path": relative, "dotted": project.dotted[relative]}
        try:
            source, tree = read(project.root + "/" + relative)
        except SyntaxError as e:
            entry["error"] = "does not parse (line %s: %s)" % (e.lineno, e.msg)
            modules.append(entry)
            continue
        except Exception as e:
            entry["error"] = "cannot be read (%s)" % type(e).__name__
            modules.append(entry)
            continue
        entry["loc"] = sum(1 for line in source.splitlines() if line.strip() and not line.strip().startswith("#"))
        entry["doc"] = doc_line(tree)
        entry["all"] = literal_all(tree)
        entry["functions"] = [
            {"name": n.name, "doc": doc_line(n), "params": parameters(n.args), "returns": unparse(n.returns), "async": isinstance(n, ast.AsyncFunctionDef)}
            for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
        ]
        entry["classes"] = [class_of(n) for n in tree.body if isinstance(n, ast.ClassDef)]
        bound = set()
        for n in tree.body:
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bound.add(n.name)
            elif isinstance(n, (ast.Import, ast.ImportFrom)):
                bound.update((a.asname or a.name).split(".")[0] for a in n.names if a.name != "*")
            elif isinstance(n, (ast.Assign, ast.AnnAssign)):
                bound.update(t.id for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name))
        entry["bound"] = sorted(bound)
        targets = set()
        for node in imports_of(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if project.module(alias.name):
                        targets.add(alias.name)
                continue
            base = project.base(relative, node)
            if base is None:
                continue
            # `from pkg import mod` needs only pkg.mod; pkg itself only for a name that is not one of its modules.
            for alias in node.names:
                sub = project.module(base + "." + alias.name) if alias.name != "*" else None
                if sub:
                    targets.add(sub)
                elif project.module(base):
                    targets.add(base)
        entry["imports"] = sorted(targets)
        modules.append(entry)
    return {"modules": modules, "stdlib": sorted(STDLIB)}


def rewrite(request):
    """Each module's text with every import of another module of the tree pointing at its flat name."""
    project = Project(request["root"], [m["path"] for m in request["modules"]], request.get("package"))
    flat = {project.dotted[m["path"]]: m["flat"] for m in request["modules"]}
    out = []
    for entry in request["modules"]:
        relative = entry["path"]
        source, tree = read(project.root + "/" + relative)
        data = source.encode("utf-8")
        starts = [0]
        for line in data.splitlines(keepends=True):
            starts.append(starts[-1] + len(line))
        edits, renames = [], []
        for node in imports_of(tree):
            text = statement(project, relative, node, flat, renames)
            if text is not None:
                begin = starts[node.lineno - 1] + node.col_offset
                end = starts[node.end_lineno - 1] + node.end_col_offset
                edits.append((begin, end, text.encode("utf-8")))
        for begin, end, text in sorted(edits, reverse=True):
            data = data[:begin] + text + data[end:]
        result = data.decode("utf-8")
        out.append({"path": relative, "text": rename(result, renames), "edits": len(edits)})
    return {"modules": out}


def statement(project, relative, node, flat, renames):
    """The replacement of one import statement, or None when it names no module of the tree."""
    if isinstance(node, ast.Import):
        parts, touched = [], False
        for alias in node.names:
            target = project.module(alias.name)
            if target is None:
                parts.append("import " + alias.name + (" as " + alias.asname if alias.asname else ""))
                continue
            touched = True
            if alias.asname:
                parts.append("import %s as %s" % (flat[target], alias.asname))
            elif "." in alias.name:
                # `import pkg.mod` binds pkg and is used as pkg.mod.x: the uses are renamed to the flat name below.
                parts.append("import " + flat[target])
                renames.append((alias.name, flat[target]))
            else:
                parts.append("import " + flat[target] if flat[target] == alias.name else "import %s as %s" % (flat[target], alias.name))
        return "; ".join(parts) if touched else None
    base = project.base(relative, node)
    if base is None or (project.module(base) is None and not any(project.module(base + "." + a.name) for a in node.names)):
        return None
    parts, names = [], []
    for alias in node.names:
        sub = project.module(base + "." + alias.name) if alias.name != "*" else None
        if sub is not None:
            parts.append("import %s as %s" % (flat[sub], alias.asname or alias.name))
        else:
            names.append(alias.name + (" as " + alias.asname if alias.asname else ""))
    if names:
        if project.module(base) is None:
            return None
        parts.insert(0, "from %s import %s" % (flat[base], ", ".join(names)))
        # In a package's __init__, importing from a submodule also binds the submodule's name there (the import
        # system sets it on the package), and code relies on it (`base_events.__all__`): the flat copy binds it too.
        own = project.dotted[relative]
        if relative.endswith("__init__.py") and base.rpartition(".")[0] == own and project.module(base):
            parts.append("import %s as %s" % (flat[base], base.rpartition(".")[2]))
    return "; ".join(parts)


def rename(text, renames):
    """pkg.mod.x → flat.x outside strings and comments, token by token (tokenize keeps everything else as written)."""
    if not renames:
        return text
    import io, tokenize
    tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    # The lines tokenize saw: split at \n only (str.splitlines also splits at form feeds, which the stdlib has).
    lines = io.StringIO(text).readlines()
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    edits = []
    i = 0
    while i < len(tokens):
        for dotted, target in sorted(renames, key=lambda r: -len(r[0])):
            parts = dotted.split(".")
            window = tokens[i:i + 2 * len(parts) - 1]
            if len(window) == 2 * len(parts) - 1 and all(
                (t.type == tokenize.NAME and t.string == parts[k // 2]) if k % 2 == 0 else (t.type == tokenize.OP and t.string == ".")
                for k, t in enumerate(window)
            ) and not (i > 0 and tokens[i - 1].type == tokenize.OP and tokens[i - 1].string == "."):
                first, last = window[0], window[-1]
                edits.append((starts[first.start[0] - 1] + first.start[1], starts[last.end[0] - 1] + last.end[1], target))
                i += len(window) - 1
                break
        i += 1
    for begin, end, target in sorted(edits, reverse=True):
        text = text[:begin] + target + text[end:]
    return text


request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
answer = extract(request) if request["mode"] == "extract" else rewrite(request)
sys.stdout.write(json.dumps(answer))
