namespace Pact.Judge;

/// <summary>What <c>pact freeze</c>, <c>pact unfreeze</c> and <c>pact sync</c> return: the components they changed.</summary>
public sealed record FreezeReport
{
    public required string Action { get; init; }
    public IReadOnlyList<string> Components { get; set; } = [];
    public IReadOnlyList<string> Files { get; set; } = [];
}
