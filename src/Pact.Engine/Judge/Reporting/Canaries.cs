namespace Pact.Engine.Judge.Reporting;

/// <summary>
/// Known-answer tests added to every run: some must fail, one must pass, each through the assertion path the suite
/// itself uses (Python <c>assert</c> rewritten by pytest and <c>pytest.raises</c>; the <c>node:assert</c> modules
/// and functions the suite imports and calls; <c>global::Xunit.Assert</c>). Names look like the suite's
/// (<c>test_&lt;word&gt;_&lt;word&gt;</c>) and values are drawn from a CSPRNG each run, so an implementation cannot
/// tell a canary from a case by its name or its numbers. A must-fail canary that passes means the assertion machinery
/// was subverted; a must-pass one that fails, the same. Canaries never reach the counts the implementer sees. The
/// names and numbers are drawn here; each language writes its canaries' code (<see cref="Languages.ILanguage.Canaries"/>).
/// </summary>
public static class Canaries
{
    private static readonly string[] Words =
    [
        "amount", "balance", "batch", "border", "bucket", "cache", "carry", "chain", "change", "check", "count", "cursor",
        "delta", "digit", "entry", "event", "field", "filter", "float", "frame", "group", "index", "input", "item",
        "label", "large", "limit", "list", "merge", "mixed", "name", "order", "output", "parse", "range", "record",
        "round", "scale", "shape", "small", "sort", "split", "state", "step", "store", "table", "total", "value",
    ];

    /// <summary>Canary test code to append to <paramref name="suite"/>'s code, and the canaries it declares.</summary>
    public static (string Code, IReadOnlyList<Canary> Canaries) For(ContractTestSuite suite, Languages.ILanguage language)
    {
        var taken = new HashSet<string>(suite.TestCases.Select(c => c.Id), StringComparer.Ordinal);
        string Name()
        {
            while (true)
            {
                var name = $"test_{Words[RandomNumberGenerator.GetInt32(Words.Length)]}_{Words[RandomNumberGenerator.GetInt32(Words.Length)]}";
                if (!suite.GeneratedCode.Contains(name, StringComparison.Ordinal) && taken.Add(name))
                {
                    return name;
                }
            }
        }

        return language.Canaries(suite.GeneratedCode, Name);
    }

    /// <summary>A canary's number: random each run, so a value cannot tell a canary from a case.</summary>
    public static int Number() => RandomNumberGenerator.GetInt32(100, 1_000_000);

    /// <summary>Two different <see cref="Number"/>s.</summary>
    public static (int A, int B) Different()
    {
        var a = Number();
        var b = Number();
        return (a, a == b ? b + 1 : b);
    }

    /// <summary>An identifier <paramref name="code"/> does not contain, for the canaries' own imports.</summary>
    public static string Identifier(string code)
    {
        while (true)
        {
            var name = "_" + Words[RandomNumberGenerator.GetInt32(Words.Length)] + Number().ToString(CultureInfo.InvariantCulture);
            if (!code.Contains(name, StringComparison.Ordinal))
            {
                return name;
            }
        }
    }

}
