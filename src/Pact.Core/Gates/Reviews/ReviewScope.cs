namespace Pact.Gates.Reviews;

/// <summary>
/// What the review gates check a review against, read by the caller (the gates do no I/O): the decomposition's
/// component ids, the contracts, and the number of lines of a project file (null when there is no such regular file).
/// </summary>
public sealed record ReviewScope
{
    public required IReadOnlySet<string> Components { get; init; }
    public required IReadOnlyDictionary<string, ComponentContract> Contracts { get; init; }
    public required Func<string, int?> LineCount { get; init; }
}
