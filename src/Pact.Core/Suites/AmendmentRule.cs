using Pact.Hashing;

namespace Pact.Suites;

/// <summary>
/// What a frozen suite accepts: additions only. Every existing test case must reappear byte-identical (same
/// canonical JSON, same order), and the old generated_code must be an exact prefix of the new one: new tests are
/// appended at the end of the file. Bytes are not meaning, though: appended code can redefine a test, rebind what
/// the old tests call or patch it at load, so the language's own parser then reads the amendment
/// (the language's amendment checker, in the engine) and every <see cref="Redefinition"/> it finds is refused as
/// <see cref="TestRedefined"/>. Anything else is refused with the reason.
/// </summary>
public static class AmendmentRule
{
    public const string TestRedefined = "suite.frozen.test_redefined";
    public const string CodeEdited = "suite.frozen.code_edited";

    public static IReadOnlyList<Diagnostic> Check(ContractTestSuite locked, ContractTestSuite submitted, string file)
    {
        var problems = new List<Diagnostic>();
        var fix = $"a frozen suite only grows: keep every existing test as it is and append new ones, or run `pact unfreeze <dir> {locked.ComponentId} --reason \"…\"` (add `--hidden` for a hidden suite; logged)";
        var byId = submitted.TestCases.ToDictionary(t => t.Id, StringComparer.Ordinal);
        for (var i = 0; i < locked.TestCases.Count; i++)
        {
            var old = locked.TestCases[i];
            if (!byId.TryGetValue(old.Id, out var now))
            {
                problems.Add(Refusal(file, "suite.frozen.test_removed", $"/test_cases/{i}", $"the suite is frozen and test '{old.Id}' was dropped", fix));
            }
            else if (Hash(old) != Hash(now))
            {
                problems.Add(Refusal(file, "suite.frozen.test_edited", $"/test_cases/{i}", $"the suite is frozen and test '{old.Id}' was changed", fix));
            }
            else if (i >= submitted.TestCases.Count || submitted.TestCases[i].Id != old.Id)
            {
                problems.Add(Refusal(file, "suite.frozen.test_moved", $"/test_cases/{i}", $"the suite is frozen and test '{old.Id}' moved; existing tests keep their place", fix));
            }
        }

        if (!submitted.GeneratedCode.StartsWith(locked.GeneratedCode, StringComparison.Ordinal))
        {
            problems.Add(Refusal(file, CodeEdited, "/generated_code", "the suite is frozen and its existing test code changed; new tests may only be appended after it", fix));
        }

        if (submitted.TestLanguage != locked.TestLanguage || submitted.ComponentId != locked.ComponentId)
        {
            problems.Add(Refusal(file, "suite.frozen.identity_changed", "", "the suite is frozen; its component and language cannot change", fix));
        }

        return problems;
    }

    /// <summary>The parser's findings about the appended code, as refusals.</summary>
    public static IReadOnlyList<Diagnostic> Redefined(IReadOnlyList<Redefinition> findings, string componentId, string file) =>
        [.. findings.Select(f => new Diagnostic
        {
            Rule = TestRedefined,
            File = file,
            Line = f.Line,
            Pointer = "/generated_code",
            Message = $"the suite is frozen and the appended code {(f.Name.Length > 0 ? $"({f.Name}) " : "")}changes what the existing tests mean: {f.Problem}",
            Fix = $"append only new tests under new names (helpers, imports and plain constants with new names are fine); to change existing tests run `pact unfreeze <dir> {componentId} --reason \"…\"` (add `--hidden` for a hidden suite; logged)",
        })];

    private static string Hash(TestCase test) => ContentHash.Of(JsonSerializer.SerializeToNode(test, PactJson.Context.TestCase));

    private static Diagnostic Refusal(string file, string rule, string pointer, string message, string fix) =>
        new() { Rule = rule, File = file, Pointer = pointer, Message = message, Fix = fix };
}
