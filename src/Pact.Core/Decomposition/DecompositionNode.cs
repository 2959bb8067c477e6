namespace Pact.Decomposition;

public sealed record DecompositionNode
{
    public required string ComponentId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public int Depth { get; init; }
    public string ParentId { get; set; } = "";
    public IReadOnlyList<string> Children { get; set; } = [];

    /// <summary>The Python Pact embeds contracts here; Pact for .NET keeps them in contracts/&lt;cid&gt;/ and leaves this null.</summary>
    public ComponentContract? Contract { get; init; }
    public ImplementationStatus ImplementationStatus { get; set; } = ImplementationStatus.Pending;
    public TestResults? TestResults { get; init; }
}
