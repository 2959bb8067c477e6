using System.Text.Json.Nodes;

namespace Pact.Engine.Judge.Typed;

/// <summary>
/// Contract-typed values (docs/THREAT_MODEL.md B). A Pact-owned wrapper, loaded by the runner before any test or
/// implementation code, replaces every contract function of the component modules with one that checks what it returns
/// against the contract's declared type: exact built-in types in Python (<c>type(x) is int</c>; bool is not int), plain
/// objects, arrays and primitives in JavaScript (no Proxy, getter or valueOf of its own), containers element by
/// element, the contract's struct and enum types. So an object that equals everything, or a value of the wrong type
/// that a loose comparison accepts, fails its test as <see cref="Rule"/> instead of passing it.
/// </summary>
/// <remarks>
/// The wrapper's files sit in <see cref="Sandbox.Plugins"/>, outside the work tree, and a confined run sees them
/// read-only under a name that says nothing about being judged (<see cref="SandboxPaths.Plugins"/>). Each violation is
/// also written to <see cref="LogFile"/> in the report directory, so a test that swallows the error (a bare
/// <c>assert.throws</c>) still fails the run.
/// </remarks>
public static class TypedValues
{
    public const string Rule = "judge.type_violation";
    public const string LogFile = "typed.jsonl";
    public const string SpecFile = "contract_types.json";
    public const string PythonPlugin = "contract_types";
    public const string NodeRegister = "contract-types.mjs";
    private const int LogCap = 64 * 1024;

    private static readonly string[] PythonScripts = ["contract_types.py"];
    private static readonly string[] NodeScripts = ["contract-types.mjs", "contract-types-hooks.mjs", "contract-types-check.mjs"];

    /// <summary>
    /// Writes the Python wrapper (a pytest plugin: <c>-p contract_types</c> with the inside <see cref="SandboxPaths.Plugins"/> on PYTHONPATH)
    /// and its spec.
    /// </summary>
    public static Task WritePythonAsync(RunRequest request, CancellationToken cancellationToken) =>
        WriteAsync(request, PythonScripts, "src", cancellationToken);

    /// <summary>Writes the node wrapper (<c>--import</c> <see cref="NodeImport"/>) and its spec; TypeScript passes its compiled tree.</summary>
    public static Task WriteNodeAsync(RunRequest request, string srcRoot, CancellationToken cancellationToken) =>
        WriteAsync(request, NodeScripts, srcRoot, cancellationToken);

    /// <summary>The <c>--import</c> argument of a node run: the wrapper's register module as a file URL.</summary>
    public static string NodeImport(Sandbox sandbox) => new Uri(Path.Combine(sandbox.Inside.Plugins, NodeRegister)).AbsoluteUri;

    private static async Task WriteAsync(RunRequest request, IReadOnlyList<string> scripts, string srcRoot, CancellationToken cancellationToken)
    {
        var sandbox = request.Sandbox;
        foreach (var script in scripts)
        {
            await File.WriteAllTextAsync(Path.Combine(sandbox.Plugins, script), Script(script), cancellationToken);
        }

        var components = new JsonArray();
        foreach (var contract in request.Contracts)
        {
            components.Add((JsonNode)new JsonObject
            {
                ["id"] = contract.ComponentId,
                ["src"] = sandbox.Inside.InRoot(Path.Combine(srcRoot, contract.ComponentId)),
                ["functions"] = new JsonArray([.. contract.Functions.Select(f => (JsonNode)new JsonObject
                {
                    ["name"] = f.Name,
                    ["js_name"] = CodeText.Camel(f.Name),
                    ["output"] = f.OutputType,
                    ["async"] = f.IsAsync,
                })]),
                ["types"] = new JsonArray([.. contract.Types.Select(t => (JsonNode)new JsonObject
                {
                    ["name"] = t.Name,
                    ["kind"] = t.Kind.ToString().ToLowerInvariant(),
                    ["fields"] = new JsonArray([.. t.Fields.Select(x => (JsonNode)new JsonObject { ["name"] = x.Name, ["type"] = x.TypeRef, ["required"] = x.Required })]),
                    ["item_type"] = t.ItemType,
                    ["variants"] = new JsonArray([.. t.Variants.Select(v => (JsonNode)JsonValue.Create(v))]),
                    ["inner_types"] = new JsonArray([.. t.InnerTypes.Select(v => (JsonNode)JsonValue.Create(v))]),
                })]),
            });
        }

        var spec = new JsonObject { ["log"] = sandbox.Inside.Report(LogFile), ["components"] = components };
        await File.WriteAllTextAsync(Path.Combine(sandbox.Plugins, SpecFile), spec.ToJsonString(), cancellationToken);
    }

    /// <summary>
    /// The run as the violations the wrapper logged make it: any violation fails it with <see cref="Rule"/>, naming
    /// the function and where in the value (a JSON pointer) the type was wrong.
    /// </summary>
    public static SuiteRun Apply(SuiteRun run, Sandbox sandbox)
    {
        var log = sandbox.Report(LogFile);
        if (!File.Exists(log) || new FileInfo(log).LinkTarget is not null)
        {
            return run;
        }

        var text = ReadCapped(log);
        var violations = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                using var entry = JsonDocument.Parse(line);
                var root = entry.RootElement;
                violations.Add($"{Field(root, "function")} returned {Field(root, "got")} at {Field(root, "pointer")}, the contract says {Field(root, "expected")}");
            }
            catch (JsonException)
            {
                violations.Add("an unreadable violation record");
            }
        }

        if (violations.Count == 0)
        {
            return run;
        }

        var distinct = violations.Distinct(StringComparer.Ordinal).ToList();
        return run with
        {
            Status = run.Status is SuiteStatus.Passed or SuiteStatus.Failed ? SuiteStatus.Failed : run.Status,
            Errors = run.Status == SuiteStatus.Passed ? Math.Max(1, run.Errors) : run.Errors,
            Rule = Rule,
            Message = $"{Rule}: {string.Join("; ", distinct.Take(5))}{(distinct.Count > 5 ? $"; and {distinct.Count - 5} more" : "")}. A contract function must return exactly the contract's type (no subclass, no object with its own equality, bool is not int); fix the implementation's return value. " + run.Message,
        };
    }

    private static string Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "?" : "?";

    private static string ReadCapped(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[LogCap];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }

    /// <summary>One of the Pact-owned scripts embedded in this assembly (Judge/Scripts/).</summary>
    internal static string Script(string name)
    {
        using var stream = typeof(TypedValues).Assembly.GetManifestResourceStream($"Pact.Scripts.{name}")
            ?? throw new InvalidOperationException($"embedded script {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
