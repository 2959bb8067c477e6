using Pact.Hashing;

namespace Pact.Engine.Judge.Suites;

/// <summary>
/// The bytes of a master (canonical JSON: sorted keys, no whitespace, so its SHA-256 names the content) and of the
/// view Pact writes to tests/&lt;cid&gt;/: contract_test_suite.json plus the test code under the file name its
/// language's runner expects (<see cref="ILanguage.SuiteFileName"/>).
/// </summary>
public static class SuiteFiles
{
    public const string SuiteJsonName = "contract_test_suite.json";

    public static byte[] Master(ContractTestSuite suite) =>
        Encoding.UTF8.GetBytes(ContentHash.Canonical(JsonSerializer.SerializeToNode(suite, PactJson.Context.ContractTestSuite)));

    /// <summary>The view of a suite: every file with the bytes it must hold, the code under <paramref name="language"/>'s suite file name.</summary>
    public static IReadOnlyList<StagedWrite> View(ProjectLayout layout, ContractTestSuite suite, ILanguage language)
    {
        var dir = Path.Combine(layout.TestsDir, suite.ComponentId);
        var writes = new List<StagedWrite>
        {
            // The suite as submitted; the generated part is its own file beside it, compared like the rest.
            ProjectStore.Json(Path.Combine(dir, SuiteJsonName), suite with { PactGenerated = null }, PactJson.Context.ContractTestSuite),
            StagedWrite.Text(Path.Combine(dir, language.SuiteFileName), suite.GeneratedCode),
        };
        if (suite.PactGenerated is { } generated)
        {
            writes.Add(StagedWrite.Text(Path.Combine(dir, Path.GetFileName(generated.FileName)), generated.Code) with { ReadOnly = true });
        }

        return writes;
    }

    /// <summary>
    /// What a run executes: the suite's code followed by its generated part in one file (the generated code binds
    /// only names with <see cref="GeneratedSuitePart.Prefix"/>, which the suite may not use), and both case lists, so
    /// the report cross-check, the canaries and the totals cover the generated cases like the suite's own.
    /// </summary>
    public static ContractTestSuite Runnable(ContractTestSuite suite) => suite.PactGenerated is not { } generated ? suite : suite with
    {
        TestCases = [.. suite.TestCases, .. generated.TestCases],
        GeneratedCode = suite.GeneratedCode.TrimEnd() + "\n\n\n" + generated.Code,
        PactGenerated = null,
    };
}
