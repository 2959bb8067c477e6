namespace Pact.Import;

/// <summary>
/// One requirement as the source numbered it (Spec Kit's FR-001, an OpenSpec requirement's name, Kiro's
/// requirement 1), with its text and the scenarios or acceptance criteria that belong to it.
/// </summary>
public sealed record ImportedRequirement
{
    /// <summary>The source's own id (FR-001, 1, or the OpenSpec requirement's name), kept so a reader can trace it back.</summary>
    public required string Id { get; init; }
    public string Title { get; init; } = "";
    public string Text { get; init; } = "";

    /// <summary>Scenarios (WHEN/THEN) or acceptance criteria, each one line of plain text.</summary>
    public IReadOnlyList<string> Criteria { get; init; } = [];

    /// <summary>Where it came from (openspec: the capability), empty when the source has one list.</summary>
    public string Group { get; init; } = "";
}
