namespace Pact.Projects;

/// <summary>One component as <c>pact components</c> lists it.</summary>
public sealed record ComponentSummary
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>"leaf" (implemented directly) or "parent" (composes its children).</summary>
    public required string Type { get; init; }
    public required int Depth { get; init; }
    public string ParentId { get; set; } = "";
    public IReadOnlyList<string> Children { get; set; } = [];
    public required ImplementationStatus Status { get; init; }
    public required bool HasContract { get; init; }
    public int? ContractVersion { get; init; }
    public required bool HasTests { get; init; }
    public required int TestCount { get; init; }
    public required bool HasImplementation { get; init; }

    /// <summary>Where it stands (pending, contracted, tested, implementing, passing, failing, certified).</summary>
    public ComponentState State { get; init; }

    /// <summary>The worker whose claim on it is in force (<c>pact claim</c>), or null.</summary>
    public string? ClaimedBy { get; init; }
}
