using Pact.Assessment;

namespace Pact.Engine.Assessment;

/// <summary>
/// Reads Python modules with the interpreter's own <c>ast</c> module, so what parses, what counts as a top-level
/// definition and what an import names are exactly what the Python Pact saw. The files are split over one
/// interpreter per core (largest first, each to the least loaded worker); each worker reads its files itself and
/// answers one JSON array. A file that cannot be read or parsed comes back with an error, never as a failure.
/// </summary>
public sealed class PythonModuleReader(Toolchain.Toolchain toolchain, ProcessRunner processes)
{
    // Line counting and reading (UTF-8, undecodable bytes replaced, universal newlines) as the Python Pact's.
    // Any exception of ast.parse is a parse failure: 3.11 raises ValueError for a NUL byte, deep nesting RecursionError.
    // Imports are statements, so only statement lists are walked (bodies, else, finally, handlers, match cases): the
    // same imports the Python Pact's ast.walk finds, without visiting every expression (ast.walk cost 1.6x the parse).
    private const string Script = """
        import ast, json, sys
        BODIES = ("body", "orelse", "finalbody", "handlers", "cases")
        def one(path):
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    source = f.read()
            except Exception as e:
                return {"loc": 0, "error": "cannot be read (%s)" % (e.strerror or type(e).__name__)}
            loc = 0
            for line in source.splitlines():
                s = line.strip()
                if s and not s.startswith("#"):
                    loc += 1
            try:
                tree = ast.parse(source)
            except SyntaxError as e:
                return {"loc": loc, "error": "does not parse (line %s: %s)" % (e.lineno, e.msg or "invalid syntax"), "line": e.lineno}
            except Exception as e:
                return {"loc": loc, "error": "does not parse (%s)" % type(e).__name__}
            functions = classes = 0
            for node in ast.iter_child_nodes(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
                    functions += 1
                elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                    classes += 1
            imports = []
            stack = list(tree.body)
            while stack:
                node = stack.pop()
                if isinstance(node, ast.Import):
                    for alias in node.names:
                        imports.append([alias.name, [], 0, 0, node.lineno])
                elif isinstance(node, ast.ImportFrom):
                    if node.module:
                        imports.append([node.module, [a.name for a in node.names], 1, node.level, node.lineno])
                else:
                    for field in BODIES:
                        inner = getattr(node, field, None)
                        if inner:
                            stack.extend(inner)
            return {"loc": loc, "functions": functions, "classes": classes, "imports": imports}
        paths = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        sys.stdout.write(json.dumps([one(p) for p in paths]))
        """;

    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The interpreter that reads the files, for messages.</summary>
    public string Interpreter => toolchain.Python(null);

    /// <summary>Each file (absolute path, with its path relative to the root) parsed; null with a message when the interpreter could not run.</summary>
    public async Task<(IReadOnlyList<ParsedModule>? Modules, string? Failure)> ReadAsync(IReadOnlyList<(string Absolute, string Relative, long Size)> files, CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, (files.Count + 49) / 50));
        var shares = Enumerable.Range(0, workers).Select(_ => new List<int>()).ToArray();
        var load = new long[workers];
        foreach (var i in Enumerable.Range(0, files.Count).OrderByDescending(i => files[i].Size))
        {
            var least = Array.IndexOf(load, load.Min());
            shares[least].Add(i);
            load[least] += files[i].Size + 1;
        }

        var python = toolchain.Python(null);
        // The answer lists every module's imports and names: far beyond the cap a judged run's output gets.
        var runs = await Task.WhenAll(shares.Select(share => processes.RunAsync(
            ProcessSpec.Tool(python, ["-I", "-c", Script], JsonSerializer.Serialize<IReadOnlyList<string>>([.. share.Select(i => files[i].Absolute)], PactJson.Context.IReadOnlyListString), Timeout) with { OutputCap = 1 << 30 },
            cancellationToken)));

        var modules = new ParsedModule[files.Count];
        for (var w = 0; w < workers; w++)
        {
            var run = runs[w];
            if (!run.Started || run.TimedOut || run.ExitCode != 0)
            {
                var why = !run.Started ? run.StartError : run.TimedOut ? $"it took longer than {Timeout.TotalMinutes} minutes" : run.Stderr.Trim();
                return (null, why);
            }
            using var answer = JsonDocument.Parse(run.Stdout);
            var k = 0;
            foreach (var item in answer.RootElement.EnumerateArray())
            {
                var i = shares[w][k++];
                modules[i] = ToModule(files[i].Relative, item);
            }
        }
        return (modules, null);
    }

    private static ParsedModule ToModule(string path, JsonElement item)
    {
        var loc = item.GetProperty("loc").GetInt32();
        if (item.TryGetProperty("error", out var error))
        {
            return new ParsedModule
            {
                Path = path,
                Loc = loc,
                Error = error.GetString(),
                ErrorLine = item.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number ? line.GetInt32() : null,
            };
        }
        var imports = item.GetProperty("imports").EnumerateArray().Select(i => new ParsedImport(
            i[0].GetString()!,
            [.. i[1].EnumerateArray().Select(n => n.GetString()!)],
            i[2].GetInt32() == 1,
            i[3].GetInt32(),
            i[4].GetInt32())).ToList();
        return new ParsedModule
        {
            Path = path,
            Loc = loc,
            PublicFunctions = item.GetProperty("functions").GetInt32(),
            PublicClasses = item.GetProperty("classes").GetInt32(),
            Imports = imports,
        };
    }
}
