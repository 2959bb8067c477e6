using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Pact.Suites;

namespace Pact.Engine.Judge.Reporting;

/// <summary>
/// Known-answer tests added to every run: some must fail, one must pass, each through the assertion path the suite
/// itself uses (Python <c>assert</c> rewritten by pytest and <c>pytest.raises</c>; the <c>node:assert</c> modules
/// and functions the suite imports and calls; <c>global::Xunit.Assert</c>). Names look like the suite's
/// (<c>test_&lt;word&gt;_&lt;word&gt;</c>) and values are drawn from a CSPRNG each run, so an implementation cannot
/// tell a canary from a case by its name or its numbers. A must-fail canary that passes means the assertion machinery
/// was subverted; a must-pass one that fails, the same. Canaries never reach the counts the implementer sees.
/// </summary>
public static partial class Canaries
{
    private static readonly string[] Words =
    [
        "amount", "balance", "batch", "border", "bucket", "cache", "carry", "chain", "change", "check", "count", "cursor",
        "delta", "digit", "entry", "event", "field", "filter", "float", "frame", "group", "index", "input", "item",
        "label", "large", "limit", "list", "merge", "mixed", "name", "order", "output", "parse", "range", "record",
        "round", "scale", "shape", "small", "sort", "split", "state", "step", "store", "table", "total", "value",
    ];

    /// <summary>The failing call per node:assert function, keyed by its name; a canary exists for each one the suite calls.</summary>
    private static readonly (string Function, string Call)[] NodeFailing =
    [
        ("equal", "{0}.equal({1}, {2})"),
        ("strictEqual", "{0}.strictEqual({1}, {2})"),
        ("deepEqual", "{0}.deepEqual([{1}], [{2}])"),
        ("deepStrictEqual", "{0}.deepStrictEqual([{1}], [{2}])"),
        ("notEqual", "{0}.notEqual({1}, {1})"),
        ("notStrictEqual", "{0}.notStrictEqual({1}, {1})"),
        ("notDeepStrictEqual", "{0}.notDeepStrictEqual([{1}], [{1}])"),
        ("ok", "{0}.ok([{1}].includes({2}))"),
        ("throws", "{0}.throws(() => {1})"),
        ("doesNotThrow", "{0}.doesNotThrow(() => {{ throw new Error(\"{1}\"); }})"),
        ("match", "{0}.match(\"{1}\", /^{2}$/)"),
        ("rejects", "{0}.rejects(Promise.resolve({1}))"),
    ];

    /// <summary>Canary test code to append to <paramref name="suite"/>'s code, and the canaries it declares.</summary>
    public static (string Code, IReadOnlyList<Canary> Canaries) For(ContractTestSuite suite)
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

        var code = suite.GeneratedCode;
        return suite.TestLanguage switch
        {
            TestLanguage.Python => Python(code, Name),
            TestLanguage.Javascript or TestLanguage.Typescript => Node(code, Name),
            TestLanguage.Csharp => CSharp(Name),
            _ => ("", []),
        };
    }

    private static int Number() => RandomNumberGenerator.GetInt32(100, 1_000_000);

    private static (int A, int B) Different()
    {
        var a = Number();
        var b = Number();
        return (a, a == b ? b + 1 : b);
    }

    private static string Identifier(string code)
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

    private static (string, IReadOnlyList<Canary>) Python(string code, Func<string> name)
    {
        var canaries = new List<Canary>();
        var text = new System.Text.StringBuilder("\n\n");
        var (a, b) = Different();
        var fail = name();
        canaries.Add(new Canary(fail, true));
        text.Append(CultureInfo.InvariantCulture, $"def {fail}():\n    assert [{a}] == [{b}]\n\n\n");
        var same = Number();
        var pass = name();
        canaries.Add(new Canary(pass, false));
        text.Append(CultureInfo.InvariantCulture, $"def {pass}():\n    assert [{same}] == [{same}]\n");
        if (code.Contains("pytest.raises", StringComparison.Ordinal))
        {
            var alias = Identifier(code);
            var raises = name();
            canaries.Add(new Canary(raises, true));
            text.Append(CultureInfo.InvariantCulture, $"\n\nimport pytest as {alias}\n\n\ndef {raises}():\n    with {alias}.raises(ValueError):\n        [{Number()}]\n");
        }

        return (text.ToString(), canaries);
    }

    private static (string, IReadOnlyList<Canary>) Node(string code, Func<string> name)
    {
        var canaries = new List<Canary>();
        var text = new System.Text.StringBuilder("\n");
        var testAlias = Identifier(code);
        text.Append(CultureInfo.InvariantCulture, $"import {testAlias} from \"node:test\";\n");
        // Every assert module the suite imports, by the specifier it uses: a module the implementation neutered is
        // the module the canary calls.
        var modules = AssertImport().Matches(code).Select(m => m.Groups["module"].Value).Distinct(StringComparer.Ordinal).DefaultIfEmpty("node:assert/strict").ToList();
        var used = NodeFailing.Where(f => code.Contains("." + f.Function + "(", StringComparison.Ordinal)).DefaultIfEmpty(NodeFailing[0]).ToList();
        foreach (var module in modules)
        {
            var alias = Identifier(code + text);
            text.Append(CultureInfo.InvariantCulture, $"import {alias} from \"{module}\";\n");
            foreach (var (_, call) in used)
            {
                var (a, b) = Different();
                var fail = name();
                canaries.Add(new Canary(fail, true));
                text.Append(CultureInfo.InvariantCulture, $"{testAlias}(\"{fail}\", async () => {{ await {string.Format(CultureInfo.InvariantCulture, call, alias, a, b)}; }});\n");
            }

            var same = Number();
            var pass = name();
            canaries.Add(new Canary(pass, false));
            text.Append(CultureInfo.InvariantCulture, $"{testAlias}(\"{pass}\", () => {alias}.equal({same}, {same}));\n");
        }

        return (text.ToString(), canaries);
    }

    private static (string, IReadOnlyList<Canary>) CSharp(Func<string> name)
    {
        var canaries = new List<Canary>();
        var (a, b) = Different();
        var fail = name();
        var same = Number();
        var pass = name();
        var throws = name();
        canaries.AddRange([new Canary(fail, true), new Canary(pass, false), new Canary(throws, true)]);
        var type = "ContractTests" + Number().ToString(CultureInfo.InvariantCulture);
        var text = $$"""


            public sealed class {{type}}
            {
                [global::Xunit.Fact]
                public void {{fail}}() => global::Xunit.Assert.Equal({{a}}, {{b}});

                [global::Xunit.Fact]
                public void {{pass}}() => global::Xunit.Assert.Equal({{same}}, {{same}});

                [global::Xunit.Fact]
                public void {{throws}}() => global::Xunit.Assert.Throws<global::System.InvalidOperationException>(() => {{same}});
            }

            """;
        return (text, canaries);
    }

    [GeneratedRegex("""from\s+["'](?<module>(?:node:)?assert(?:/strict)?)["']""")]
    private static partial Regex AssertImport();
}
