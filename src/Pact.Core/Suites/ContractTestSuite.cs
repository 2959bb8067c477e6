namespace Pact.Suites;

/// <summary>A test suite for one contract version. The same shape serves visible and hidden (Goodhart) suites.</summary>
public sealed record ContractTestSuite
{
    public required string ComponentId { get; init; }
    public required int ContractVersion { get; init; }
    public IReadOnlyList<TestCase> TestCases { get; set; } = [];
    public TestLanguage TestLanguage { get; set; } = TestLanguage.Python;

    /// <summary>The whole executable test file.</summary>
    public string GeneratedCode { get; set; } = "";

    /// <summary>Set only in a locked master by the judge (<see cref="GeneratedSuitePart"/>); never part of a submitted suite.</summary>
    public GeneratedSuitePart? PactGenerated { get; set; }
}
