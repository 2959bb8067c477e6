namespace Pact.Production;

/// <summary>One gate item as status and validate report it: which control (or pack file), how it is evidenced and where.</summary>
public sealed record GateItemStatus
{
    public required string Item { get; init; }
    public required string Title { get; init; }
    public required GateItemKind Kind { get; init; }
    public required GateItemState State { get; init; }

    /// <summary>What satisfied it, or what is missing.</summary>
    public required string Detail { get; init; }

    /// <summary>The file that satisfies it or must change, relative to the project root.</summary>
    public string? File { get; init; }

    /// <summary>The field in <see cref="File"/>, where the item is a field.</summary>
    public string? Pointer { get; init; }

    /// <summary>What to do to satisfy it; null once it is.</summary>
    public string? Fix { get; init; }

    public bool Blocks => State is not (GateItemState.Satisfied or GateItemState.NotApplicable);
}
