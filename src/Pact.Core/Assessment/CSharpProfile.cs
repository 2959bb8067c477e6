namespace Pact.Assessment;

/// <summary>
/// C#: a module is a namespace (all the files that declare it), named by its dotted name; a <c>using</c> of a
/// namespace the tree declares is an import of it (<c>using static N.T;</c> and aliases reach the longest declared
/// prefix). Usings carry no names, so scattered logic does not apply. A namespace is a test namespace when a segment
/// ends in <c>Tests</c> or <c>Test</c>; it covers the namespace left when those segments lose the suffix (or go, when
/// they are only the suffix): <c>Pact.Engine.Tests.Assessment</c> covers <c>Pact.Engine.Assessment</c>,
/// <c>FooTests</c> covers <c>Foo</c>.
/// </summary>
public sealed class CSharpProfile : IAssessProfile
{
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _covered;

    /// <param name="modules">The namespaces found (and files that did not parse, by path).</param>
    /// <param name="testNamespaces">The test namespaces found beside the root, in the tree or not.</param>
    public CSharpProfile(IReadOnlyList<ParsedModule> modules, IEnumerable<string> testNamespaces)
    {
        foreach (var module in modules.Where(m => m.Error is null))
        {
            _known[module.Path] = module.Path;
        }
        _covered = new HashSet<string>(testNamespaces.Where(IsTest).Select(Covered), StringComparer.Ordinal);
    }

    public string Language => "csharp";

    public string DisplayName => "C#";

    public string? Resolve(ParsedModule from, ParsedImport import) => PythonProfile.LongestPrefix(import.Module, _known);

    public string? ScatterKey(ParsedModule from, ParsedImport import) => null;

    public string ImportText(string key, string name) => $"using {key}";

    public string? MissingTest(ParsedModule module) =>
        module.Error is not null || IsTest(module.Path) || _covered.Contains(module.Path) ? null : $"a test namespace such as {TestName(module.Path)}";

    /// <summary>Whether a namespace is test code: a segment ends in Tests or Test.</summary>
    public static bool IsTest(string ns) =>
        ns.Split('.').Any(s => s.EndsWith("Tests", StringComparison.Ordinal) || s.EndsWith("Test", StringComparison.Ordinal));

    /// <summary>The namespace a test namespace covers.</summary>
    public static string Covered(string testNamespace)
    {
        var parts = new List<string>();
        foreach (var segment in testNamespace.Split('.'))
        {
            var bare = segment.EndsWith("Tests", StringComparison.Ordinal) ? segment[..^5] : segment.EndsWith("Test", StringComparison.Ordinal) ? segment[..^4] : segment;
            if (bare.Length > 0)
            {
                parts.Add(bare);
            }
        }
        return string.Join('.', parts);
    }

    private static string TestName(string ns)
    {
        var dot = ns.IndexOf('.', StringComparison.Ordinal);
        var second = dot < 0 ? -1 : ns.IndexOf('.', dot + 1);
        return second < 0 ? ns + ".Tests" : $"{ns[..second]}.Tests{ns[second..]}";
    }
}
