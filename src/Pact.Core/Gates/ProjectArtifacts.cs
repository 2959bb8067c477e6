namespace Pact.Gates;

/// <summary>
/// Everything the project-wide gates look at, already read and typed. <see cref="Syntax"/> holds the result of
/// parsing each suite's code in its language (absent: not checked), so the gates stay pure.
/// </summary>
public sealed record ProjectArtifacts
{
    public string Task { get; init; } = "";
    public DecompositionTree? Tree { get; init; }
    public IReadOnlyDictionary<string, ComponentContract> Contracts { get; init; } = new Dictionary<string, ComponentContract>();
    public IReadOnlyDictionary<string, ContractTestSuite> Suites { get; init; } = new Dictionary<string, ContractTestSuite>();
    public IReadOnlyDictionary<string, SyntaxCheck> Syntax { get; init; } = new Dictionary<string, SyntaxCheck>();
    public IReadOnlyList<string> AcceptanceCriteria { get; init; } = [];
}
