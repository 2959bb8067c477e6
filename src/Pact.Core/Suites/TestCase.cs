namespace Pact.Suites;

/// <summary>One test of a suite, described for people and for hints; the executable form lives in the suite's code.</summary>
public sealed record TestCase
{
    public required string Id { get; init; }
    public required string Description { get; init; }
    public required string Function { get; init; }
    public required TestCategory Category { get; init; }
    public string SetupDescription { get; set; } = "";
    public IReadOnlyDictionary<string, string> MockDependencies { get; set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> InputValues { get; set; } = new Dictionary<string, string>();
    public string InputDescription { get; set; } = "";
    public string ExpectedOutputDescription { get; set; } = "";
    public string ExpectedError { get; set; } = "";
    public IReadOnlyList<string> Assertions { get; set; } = [];
}
