namespace Pact.Suites;

/// <summary>One test of a suite, described for people and for hints; the executable form lives in the suite's code.</summary>
public sealed record TestCase
{
    public required string Id { get; init; }
    public required string Description { get; init; }
    public required string Function { get; init; }
    public required TestCategory Category { get; init; }
    public string SetupDescription { get; init; } = "";
    public IReadOnlyDictionary<string, string> MockDependencies { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> InputValues { get; init; } = new Dictionary<string, string>();
    public string InputDescription { get; init; } = "";
    public string ExpectedOutputDescription { get; init; } = "";
    public string ExpectedError { get; init; } = "";
    public IReadOnlyList<string> Assertions { get; init; } = [];
}
