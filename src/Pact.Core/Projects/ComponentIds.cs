using System.Text.RegularExpressions;

namespace Pact.Projects;

/// <summary>
/// The component id rule of the schemas, for ids that arrive outside an artifact (arguments, URIs, directory names).
/// Ids become directory names under contracts/, tests/, src/ and the masters, so this rule is also what keeps
/// <c>../../elsewhere</c> from naming a path outside them: every entry point checks an id here before it makes a path.
/// </summary>
public static partial class ComponentIds
{
    /// <summary>The same pattern as the schemas' <c>component_id</c> (decomposition, contract, test_suite, suite_lock).</summary>
    public const string PatternText = "^[a-z][a-z0-9_]{0,63}$";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>Null when <paramref name="id"/> is a component id; else the diagnostic naming <paramref name="argument"/> (as the caller calls it).</summary>
    public static Diagnostic? Check(string? id, string argument = "component_id") => IsValid(id) ? null : new Diagnostic
    {
        Rule = "input.component_id",
        Message = $"{argument} '{Shown(id)}' is not a component id: an id is 1 to 64 lower-case letters, digits or '_', starting with a letter (no '/', '.' or '..')",
        Fix = "pass the id as decomposition/tree.json spells it (`pact components <dir>` lists them)",
    };

    /// <summary>One diagnostic per bad id of <paramref name="ids"/>.</summary>
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<string> ids, string argument = "component_ids") =>
        [.. ids.Select(id => Check(id, argument)).OfType<Diagnostic>()];

    // An id is echoed back to whoever sent it; keep a hostile one short and on one line.
    private static string Shown(string? id) => id is null ? "" : (id.Length > 80 ? id[..80] + "…" : id).ReplaceLineEndings(" ");

    [GeneratedRegex(PatternText)]
    private static partial Regex Pattern();
}
