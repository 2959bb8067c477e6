namespace Pact.Assessment;

/// <summary>
/// Python as the Python Pact reads it (reference G): every module is known by its dotted name relative to the root
/// and by that name under the root's own name; an import resolves to the longest known prefix of its module name. A
/// relative import loses its dots first (the Python Pact read only the module part of <c>from .x import y</c>, and
/// skipped <c>from . import y</c>), so its results are kept. A module <c>x.py</c> is tested by a <c>test_x.py</c>
/// anywhere under the root's parent.
/// </summary>
public sealed class PythonProfile : IAssessProfile
{
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _packages = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _testStems;

    /// <param name="rootName">The assessed directory's own name (a module is also known under it).</param>
    /// <param name="modules">The modules found.</param>
    /// <param name="rootInitExists">Whether the directory has an <c>__init__.py</c>, even one too small to be a module.</param>
    /// <param name="testStems">The stems of the test files found beside the directory (<c>test_x</c> for <c>test_x.py</c>).</param>
    public PythonProfile(string rootName, IReadOnlyList<ParsedModule> modules, bool rootInitExists, IReadOnlySet<string> testStems)
    {
        _testStems = testStems;
        foreach (var module in modules)
        {
            var dotted = DottedName(module.Path);
            _known[dotted] = module.Path;
            if (dotted.Length > 0)
            {
                _known[$"{rootName}.{dotted}"] = module.Path;
            }
        }
        if (rootInitExists)
        {
            // Even an __init__.py too small to be a module stands for the root package, as in the Python Pact.
            _known[rootName] = "__init__.py";
        }
        // Intra-project means: the imported module's first name is the root's name or the first part of a module's path.
        _packages.Add(rootName);
        _packages.UnionWith(modules.Select(m => m.Path.Split('/')[0].Replace(".py", "", StringComparison.Ordinal)));
    }

    public string Language => "python";

    public string DisplayName => "Python";

    public string? Resolve(ParsedModule from, ParsedImport import) => LongestPrefix(import.Module, _known);

    public string? ScatterKey(ParsedModule from, ParsedImport import) =>
        import.IsFrom && _packages.Contains(import.Module.Split('.')[0]) ? import.Module : null;

    public string ImportText(string key, string name) => $"from {key} import {name}";

    public string? MissingTest(ParsedModule module)
    {
        var name = module.Path[(module.Path.LastIndexOf('/') + 1)..];
        if (name.StartsWith("test_", StringComparison.Ordinal))
        {
            return null;
        }
        var expected = "test_" + Checks.Stem(name);
        return _testStems.Contains(expected) ? null : expected + ".py";
    }

    /// <summary><c>a/b.py</c> → <c>a.b</c>, <c>pkg/__init__.py</c> → <c>pkg</c>, the root's <c>__init__.py</c> → "".</summary>
    public static string DottedName(string relativePath)
    {
        var withoutSuffix = relativePath.EndsWith(".py", StringComparison.Ordinal) ? relativePath[..^3] : relativePath;
        var parts = withoutSuffix.Split('/').ToList();
        if (parts.Count > 0 && parts[^1] == "__init__")
        {
            parts.RemoveAt(parts.Count - 1);
        }
        return string.Join('.', parts);
    }

    /// <summary>The value of the longest dotted prefix of <paramref name="name"/> that is known, or null.</summary>
    public static string? LongestPrefix(string name, IReadOnlyDictionary<string, string> known)
    {
        if (name.Length == 0)
        {
            return null;
        }
        while (true)
        {
            if (known.TryGetValue(name, out var path))
            {
                return path;
            }
            var dot = name.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }
            name = name[..dot];
        }
    }
}
