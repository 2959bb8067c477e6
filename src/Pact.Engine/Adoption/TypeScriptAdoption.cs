using System.Text.Json.Nodes;
using Pact.Adoption;
using Pact.Engine.Assessment;

namespace Pact.Engine.Adoption;

/// <summary>
/// TypeScript adoption: the tree's <c>.ts</c> files, read and rewritten with the pinned compiler's parser
/// (Adoption/Scripts/adopt_typescript.js under node). Imports are relative, so a copied file keeps its name (made
/// unique across the tree) and its relative imports of the tree are pointed at the new places; each component gets
/// an <c>index.ts</c>, the file its contract is imported from, that re-exports the contract's names. The copies must
/// compile under the runner's strict settings with no packages: what does not, the smoke run reports.
/// </summary>
public sealed class TypeScriptAdoption(ProcessRunner processes, Toolchain.Toolchain toolchain) : IAdoptionLanguage
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(TypeScriptAdoption).Assembly.GetManifestResourceStream("Pact.Adoption.adopt_typescript.js")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public TestLanguage Id => TestLanguage.Typescript;

    public string Source => "TypeScript tree";

    public bool MayBeSource(string folder) => Directory.EnumerateFiles(folder, "*.ts").Any();

    public (IReadOnlyList<string> Modules, IReadOnlyList<string> LeftOut) Discover(string root)
    {
        var modules = new List<string>();
        var leftOut = new List<string>();
        foreach (var (_, relative, _) in SourceTree.Files(root, name => name.EndsWith(".ts", StringComparison.Ordinal) || name.EndsWith(".tsx", StringComparison.Ordinal) || name.EndsWith(".mts", StringComparison.Ordinal) || name.EndsWith(".cts", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(relative);
            var why = name.EndsWith(".d.ts", StringComparison.Ordinal) || name.EndsWith(".d.mts", StringComparison.Ordinal) || name.EndsWith(".d.cts", StringComparison.Ordinal) ? "declarations, not code"
                : name.Contains(".test.", StringComparison.Ordinal) || name.Contains(".spec.", StringComparison.Ordinal) || relative.Split('/').Contains("__tests__") ? "a test file: the project's suites are Pact's"
                : !name.EndsWith(".ts", StringComparison.Ordinal) ? "only .ts files are adopted (the runner compiles no JSX, and .mts/.cts change module kinds)"
                : null;
            if (why is null)
            {
                modules.Add(relative);
            }
            else
            {
                leftOut.Add($"{relative}: {why}");
            }
        }
        return (modules, leftOut);
    }

    // Every file's dotted name starts with the tree's folder: a root index.ts is named as the tree, as a package's __init__ is.
    public string? Package(string root) => Path.GetFileName(root);

    public async Task<(IReadOnlyList<AdoptedModule>? Modules, IReadOnlySet<string> Reserved, Diagnostic? Failure)> ReadAsync(PactConfig config, string root, string? package, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["mode"] = "extract", ["root"] = root, ["package"] = package, ["files"] = new JsonArray([.. files.Select(f => JsonValue.Create(f))]) };
        var (answer, failure) = await RunAsync(request, cancellationToken);
        if (answer is null)
        {
            return (null, new HashSet<string>(), failure);
        }
        using (answer)
        {
            // index is each component's entry, written by adoption: no copied file may take the name.
            return ([.. answer.RootElement.GetProperty("modules").EnumerateArray().Select(AdoptedModuleJson.Read)], new HashSet<string>(StringComparer.Ordinal) { "index" }, null);
        }
    }

    public string MapType(string? annotation, IReadOnlySet<string> declared) => ScriptTypes.Map(annotation, declared);

    public async Task<(IReadOnlyDictionary<string, string>? Texts, Diagnostic? Failure)> RewriteAsync(PactConfig config, string root, string? package, IReadOnlyList<AdoptedModule> modules, AdoptionPlan plan, CancellationToken cancellationToken)
    {
        var component = plan.Components.SelectMany(c => c.Modules.Select(m => (Module: m, c.Id))).ToDictionary(p => p.Module, p => p.Id, StringComparer.Ordinal);
        var request = new JsonObject
        {
            ["mode"] = "rewrite",
            ["root"] = root,
            ["package"] = package,
            ["modules"] = new JsonArray([.. modules.Select(m => (JsonNode)new JsonObject { ["path"] = m.Path, ["target"] = $"{component[m.Dotted]}/{plan.FlatNames[m.Dotted]}" })]),
        };
        var (answer, failure) = await RunAsync(request, cancellationToken);
        if (answer is null)
        {
            return (null, failure);
        }
        using (answer)
        {
            return (answer.RootElement.GetProperty("modules").EnumerateArray().ToDictionary(m => m.GetProperty("path").GetString()!, m => m.GetProperty("text").GetString()!, StringComparer.Ordinal), null);
        }
    }

    public IEnumerable<(string File, string Text)> Sources(AdoptedComponent component, ComponentContract contract, IReadOnlyDictionary<string, AdoptedModule> modules, AdoptionPlan plan, IReadOnlyDictionary<string, string> texts)
    {
        foreach (var dotted in component.Modules)
        {
            yield return (plan.FlatNames[dotted] + ".ts", texts[modules[dotted].Path]);
        }
        yield return ("index.ts", Index(component, contract, modules, plan.FlatNames));
    }

    public ContractTestSuite Smoke(AdoptedComponent component, IReadOnlyDictionary<string, AdoptedModule> modules, AdoptionPlan plan) => TypeScriptSmokeSuites.For(component, modules, plan.FlatNames);

    public string SmokeFile(string componentId) => $"{componentId}.test.ts";

    /// <summary>The contract's names, each from the first file that exports it (as the draft took them); types the compiler alone sees as types.</summary>
    private static string Index(AdoptedComponent component, ComponentContract contract, IReadOnlyDictionary<string, AdoptedModule> modules, IReadOnlyDictionary<string, string> flat)
    {
        var named = contract.Functions.Select(f => f.Name).Concat(contract.Types.Select(t => t.Name)).ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder($"// The {component.Id} component as pact adopt assembled it: the contract's names, from the adopted files.\n");
        foreach (var dotted in component.Modules)
        {
            var module = modules[dotted];
            var values = module.PublicFunctions.Select(f => f.Name).Concat(module.PublicClasses.Where(c => !c.TypeOnly).Select(c => c.Name)).Where(named.Remove).ToList();
            var types = module.PublicClasses.Where(c => c.TypeOnly).Select(c => c.Name).Where(named.Remove).ToList();
            if (values.Count > 0)
            {
                text.Append($"export {{ {string.Join(", ", values)} }} from \"./{flat[dotted]}.js\";\n");
            }
            if (types.Count > 0)
            {
                text.Append($"export type {{ {string.Join(", ", types)} }} from \"./{flat[dotted]}.js\";\n");
            }
        }
        // A component whose files export nothing still needs a module for its contract to be imported from.
        return text.Append("export {};\n").ToString();
    }

    private async Task<(JsonDocument? Answer, Diagnostic? Failure)> RunAsync(JsonObject request, CancellationToken cancellationToken)
    {
        if (toolchain.Tsc is not { } tsc)
        {
            return (null, new Diagnostic { Rule = Judge.DoctorService.MissingRule, Message = "no TypeScript compiler was found: adoption reads the tree with its parser", Fix = toolchain.TscEntry.Install });
        }
        // bin/tsc sits beside lib/typescript.js, the compiler API.
        var api = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(tsc))!, "..", "lib", "typescript.js"));
        var run = await processes.RunAsync(ProcessSpec.Tool(toolchain.Node, ["-e", Script.Value, api], request.ToJsonString(), Timeout) with { OutputCap = 1 << 30 }, cancellationToken);
        if (!run.Started || run.TimedOut || run.ExitCode != 0)
        {
            var why = !run.Started ? run.StartError : run.TimedOut ? $"it took longer than {Timeout.TotalMinutes} minutes" : run.Stderr.Trim();
            return (null, new Diagnostic
            {
                Rule = "adopt.typescript",
                Message = $"node ({toolchain.Node}) with the TypeScript compiler API at {api} could not read the tree: {why}",
                Fix = "set PACT_NODE and PACT_TSC to a working node 20+ and the pinned tsc (`npm ci --prefix tools`; `pact doctor` checks both)",
            });
        }
        return (JsonDocument.Parse(run.Stdout), null);
    }
}
