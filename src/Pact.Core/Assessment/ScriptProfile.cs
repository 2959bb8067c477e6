namespace Pact.Assessment;

/// <summary>
/// TypeScript and JavaScript: a module is a file, named by its path. A relative specifier (<c>./x</c>, <c>../y</c>)
/// resolves as a bundler or <c>tsc</c> would: the file itself, then with each source extension, then as a folder's
/// <c>index</c>; a <c>.js</c> specifier also reaches the <c>.ts</c> file it is compiled from. A bare specifier
/// (<c>react</c>, <c>node:fs</c>) is a package, not a module of the tree. Test files are <c>*.test.*</c>,
/// <c>*.spec.*</c> and anything under a <c>__tests__/</c> folder; <c>x.ts</c> is tested when such a file with stem
/// <c>x</c> exists anywhere under the root's parent.
/// </summary>
public sealed class ScriptProfile : IAssessProfile
{
    /// <summary>The extensions tried, in order, after a specifier without one.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

    private static readonly (string Written, string Source)[] Compiled = [(".js", ".ts"), (".js", ".tsx"), (".mjs", ".mts"), (".cjs", ".cts"), (".jsx", ".tsx")];

    private readonly HashSet<string> _paths;
    private readonly IReadOnlySet<string> _testedStems;

    /// <param name="language">"typescript" or "javascript".</param>
    /// <param name="modules">The modules found.</param>
    /// <param name="testedStems">The stems the test files found beside the root cover (<c>x</c> for <c>x.test.ts</c> or <c>__tests__/x.ts</c>).</param>
    public ScriptProfile(string language, IReadOnlyList<ParsedModule> modules, IReadOnlySet<string> testedStems)
    {
        Language = language;
        _paths = new HashSet<string>(modules.Select(m => m.Path), StringComparer.Ordinal);
        _testedStems = testedStems;
    }

    public string Language { get; }

    public string DisplayName => Language == "typescript" ? "TypeScript" : "JavaScript";

    public string? Resolve(ParsedModule from, ParsedImport import)
    {
        var specifier = import.Module;
        if (!specifier.StartsWith("./", StringComparison.Ordinal) && !specifier.StartsWith("../", StringComparison.Ordinal) && specifier is not "." and not "..")
        {
            return null;
        }
        var slash = from.Path.LastIndexOf('/');
        if (Normalize(slash < 0 ? specifier : $"{from.Path[..slash]}/{specifier}") is not { } target)
        {
            return null;
        }
        foreach (var candidate in Candidates(target))
        {
            if (_paths.Contains(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    public string? ScatterKey(ParsedModule from, ParsedImport import) => Resolve(from, import);

    public string ImportText(string key, string name) => $"import {{ {name} }} from '{key}'";

    public string? MissingTest(ParsedModule module)
    {
        if (IsTest(module.Path))
        {
            return null;
        }
        var stem = Stem(module.Path);
        return _testedStems.Contains(stem) ? null : $"{stem}.test.* or {stem}.spec.* or __tests__/{stem}.*";
    }

    /// <summary>Whether a '/'-separated path is a test file.</summary>
    public static bool IsTest(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Contains(".test.", StringComparison.Ordinal) || name.Contains(".spec.", StringComparison.Ordinal)
            || path.StartsWith("__tests__/", StringComparison.Ordinal) || path.Contains("/__tests__/", StringComparison.Ordinal);
    }

    /// <summary>The stem a test file covers: <c>x</c> for <c>a/x.test.ts</c>, <c>a/__tests__/x.ts</c>.</summary>
    public static string TestedStem(string path)
    {
        var stem = Stem(path);
        foreach (var marker in (string[])[".test", ".spec"])
        {
            if (stem.EndsWith(marker, StringComparison.Ordinal))
            {
                return stem[..^marker.Length];
            }
        }
        return stem;
    }

    /// <summary>The file name without its extension (<c>x</c> for <c>a/x.d.ts</c> too: its last two).</summary>
    public static string Stem(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var stem = Checks.Stem(name);
        return stem.EndsWith(".d", StringComparison.Ordinal) ? stem[..^2] : stem;
    }

    private static IEnumerable<string> Candidates(string target)
    {
        yield return target;
        foreach (var extension in Extensions)
        {
            yield return target + extension;
        }
        // ESM TypeScript writes the compiled name: './x.js' is x.ts in the tree.
        foreach (var (written, source) in Compiled)
        {
            if (target.EndsWith(written, StringComparison.Ordinal))
            {
                yield return target[..^written.Length] + source;
            }
        }
        foreach (var extension in Extensions)
        {
            yield return $"{target}/index{extension}";
        }
    }

    /// <summary>Collapses '.' and '..' segments; null when the path climbs out of the root.</summary>
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
