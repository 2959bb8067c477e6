namespace Pact.Judge;

/// <summary>One level the isolation probe tried: whether it works on this machine, and why not.</summary>
public sealed record IsolationCheck
{
    public required IsolationLevel Level { get; init; }
    public required bool Available { get; init; }
    public string Detail { get; init; } = "";
}
