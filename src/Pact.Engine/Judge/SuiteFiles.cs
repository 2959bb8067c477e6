using System.Text;
using System.Text.Json;
using Pact.Engine.Projects;
using Pact.Engine.Storage;
using Pact.Hashing;
using Pact.Serialization;
using Pact.Suites;

namespace Pact.Engine.Judge;

/// <summary>
/// The bytes of a master (canonical JSON: sorted keys, no whitespace, so its SHA-256 names the content) and of the
/// view Pact writes to tests/&lt;cid&gt;/: contract_test_suite.json plus the test code under the file name its
/// language's runner expects.
/// </summary>
public static class SuiteFiles
{
    public const string SuiteJsonName = "contract_test_suite.json";

    public static byte[] Master(ContractTestSuite suite) =>
        Encoding.UTF8.GetBytes(ContentHash.Canonical(JsonSerializer.SerializeToNode(suite, PactJson.Context.ContractTestSuite)));

    public static string CodeFileName(TestLanguage language) => language switch
    {
        TestLanguage.Python => "contract_test.py",
        TestLanguage.Javascript => "contract.test.mjs",
        TestLanguage.Typescript => "contract.test.ts",
        TestLanguage.Csharp => "ContractTests.cs",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no test file name for this language"),
    };

    /// <summary>The view of a suite: every file with the bytes it must hold.</summary>
    public static IReadOnlyList<StagedWrite> View(ProjectLayout layout, ContractTestSuite suite)
    {
        var dir = Path.Combine(layout.TestsDir, suite.ComponentId);
        return
        [
            ProjectStore.Json(Path.Combine(dir, SuiteJsonName), suite, PactJson.Context.ContractTestSuite),
            StagedWrite.Text(Path.Combine(dir, CodeFileName(suite.TestLanguage)), suite.GeneratedCode),
        ];
    }
}
