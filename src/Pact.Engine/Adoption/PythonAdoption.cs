using Pact.Adoption;
using Pact.Engine.Assessment;

namespace Pact.Engine.Adoption;

/// <summary>
/// Python adoption: modules by the assessor's discovery rules, read and rewritten by the project's interpreter
/// (<see cref="PythonAdoptReader"/>); every component folder is on the path, so each module gets a flat name that
/// shadows neither the standard library nor the runner; the contract is imported from <c>&lt;component&gt;.py</c>.
/// </summary>
public sealed class PythonAdoption(PythonAdoptReader reader, Toolchain.Toolchain toolchain) : IAdoptionLanguage
{
    public TestLanguage Id => TestLanguage.Python;

    public string Source => "Python package";

    public bool MayBeSource(string folder) => File.Exists(Path.Combine(folder, "__init__.py"));

    public (IReadOnlyList<string> Modules, IReadOnlyList<string> LeftOut) Discover(string root)
    {
        // A __main__.py is the script `python -m package` runs, never imported: its top level would run at import.
        var all = PythonDiscovery.Modules(root).Select(f => f.Relative).ToList();
        return ([.. all.Where(f => Path.GetFileName(f) != "__main__.py")], [.. all.Where(f => Path.GetFileName(f) == "__main__.py").Select(f => $"{f}: a script (python -m), not a module")]);
    }

    public string? Package(string root) => File.Exists(Path.Combine(root, "__init__.py")) ? Path.GetFileName(root) : null;

    public async Task<(IReadOnlyList<AdoptedModule>? Modules, IReadOnlySet<string> Reserved, Diagnostic? Failure)> ReadAsync(PactConfig config, string root, string? package, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var interpreter = toolchain.Python(config);
        var (modules, stdlib, failure) = await reader.ExtractAsync(interpreter, root, package, files, cancellationToken);
        if (modules is null)
        {
            return (null, new HashSet<string>(), Interpreter(interpreter, failure));
        }
        var reserved = new HashSet<string>(stdlib!, StringComparer.Ordinal) { "pytest", "_pytest", "pluggy", "conftest", "__main__", Judge.Typed.TypedValues.PythonPlugin, Judge.Reporting.ReporterFiles.PythonModule };
        return (modules, reserved, null);
    }

    public string MapType(string? annotation, IReadOnlySet<string> declared) => PythonTypes.Map(annotation, declared);

    public async Task<(IReadOnlyDictionary<string, string>? Texts, Diagnostic? Failure)> RewriteAsync(PactConfig config, string root, string? package, IReadOnlyList<AdoptedModule> modules, AdoptionPlan plan, CancellationToken cancellationToken)
    {
        var interpreter = toolchain.Python(config);
        var (texts, failure) = await reader.RewriteAsync(interpreter, root, package, modules, plan.FlatNames, cancellationToken);
        return texts is null ? (null, Interpreter(interpreter, failure)) : (texts, null);
    }

    public IEnumerable<(string File, string Text)> Sources(AdoptedComponent component, ComponentContract contract, IReadOnlyDictionary<string, AdoptedModule> modules, AdoptionPlan plan, IReadOnlyDictionary<string, string> texts)
    {
        foreach (var dotted in component.Modules)
        {
            yield return (plan.FlatNames[dotted] + ".py", texts[modules[dotted].Path] + ReExports(component, dotted, contract, modules, plan.FlatNames));
        }
        if (component.Entry is null)
        {
            yield return (component.Id + ".py", $"\"\"\"The {component.Id} component as pact adopt assembled it: the contract's names, from the adopted modules.\"\"\"\n" + Imports(component, contract, modules, plan.FlatNames, except: null, []));
        }
    }

    public ContractTestSuite Smoke(AdoptedComponent component, IReadOnlyDictionary<string, AdoptedModule> modules, AdoptionPlan plan) => SmokeSuites.For(component, modules, plan.FlatNames);

    public string SmokeFile(string componentId) => $"test_{componentId}.py";

    /// <summary>
    /// The contract is imported from <c>src/&lt;id&gt;/&lt;id&gt;.py</c>: when that module is one of several adopted
    /// ones, the names the contract gives the others are re-exported from it, at its end (its own names exist by then).
    /// </summary>
    private static string ReExports(AdoptedComponent component, string dotted, ComponentContract contract, IReadOnlyDictionary<string, AdoptedModule> modules, IReadOnlyDictionary<string, string> flat)
    {
        if (component.Entry != dotted || component.Modules.Count == 1)
        {
            return "";
        }
        var lines = Imports(component, contract, modules, flat, except: dotted, modules[dotted].Bound);
        return lines.Length == 0 ? "" : "\n\n# Added by pact adopt: the component's contract names, re-exported from its other modules.\n" + lines;
    }

    private static string Imports(AdoptedComponent component, ComponentContract contract, IReadOnlyDictionary<string, AdoptedModule> modules, IReadOnlyDictionary<string, string> flat, string? except, IReadOnlyList<string> bound)
    {
        var named = contract.Functions.Select(f => f.Name).Concat(contract.Types.Select(t => t.Name)).Except(bound, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var dotted in component.Modules.Where(m => m != except))
        {
            var module = modules[dotted];
            var names = module.PublicFunctions.Select(f => f.Name).Concat(module.PublicClasses.Select(c => c.Name)).Where(named.Remove).ToList();
            if (names.Count > 0)
            {
                text.Append("from ").Append(flat[dotted]).Append(" import ").AppendLine(string.Join(", ", names));
            }
        }
        return text.ToString();
    }

    private static Diagnostic Interpreter(string interpreter, string? failure) => new()
    {
        Rule = "adopt.python",
        Message = $"the Python interpreter {interpreter} could not read the package: {failure}",
        Fix = "set PACT_PYTHON or pact.yaml environment.python_path to a working Python 3.10 or later",
    };
}
