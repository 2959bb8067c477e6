using System.Text.RegularExpressions;

namespace Pact.Engine.Languages.JavaScript;

/// <summary>node's canaries (JavaScript and TypeScript): one failing call per <c>node:assert</c> function the suite calls, through every assert module it imports.</summary>
public static partial class NodeCanaries
{
    public static (string Code, IReadOnlyList<Canary> Canaries) Write(string code, Func<string> name)
    {
        var canaries = new List<Canary>();
        var text = new System.Text.StringBuilder("\n");
        var testAlias = Canaries.Identifier(code);
        text.Append(CultureInfo.InvariantCulture, $"import {testAlias} from \"node:test\";\n");
        // Every assert module the suite imports, by the specifier it uses: a module the implementation neutered is
        // the module the canary calls.
        var modules = AssertImport().Matches(code).Select(m => m.Groups["module"].Value).Distinct(StringComparer.Ordinal).DefaultIfEmpty("node:assert/strict").ToList();
        var used = NodeFailing.Where(f => code.Contains("." + f.Function + "(", StringComparison.Ordinal)).DefaultIfEmpty(NodeFailing[0]).ToList();
        foreach (var module in modules)
        {
            var alias = Canaries.Identifier(code + text);
            text.Append(CultureInfo.InvariantCulture, $"import {alias} from \"{module}\";\n");
            foreach (var (_, call) in used)
            {
                var (a, b) = Canaries.Different();
                var fail = name();
                canaries.Add(new Canary(fail, true));
                text.Append(CultureInfo.InvariantCulture, $"{testAlias}(\"{fail}\", async () => {{ await {string.Format(CultureInfo.InvariantCulture, call, alias, a, b)}; }});\n");
            }

            var same = Canaries.Number();
            var pass = name();
            canaries.Add(new Canary(pass, false));
            text.Append(CultureInfo.InvariantCulture, $"{testAlias}(\"{pass}\", () => {alias}.equal({same}, {same}));\n");
        }

        return (text.ToString(), canaries);
    }

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

    [GeneratedRegex("""from\s+["'](?<module>(?:node:)?assert(?:/strict)?)["']""")]
    private static partial Regex AssertImport();
}
