namespace Pact.Import;

/// <summary>A user story (Spec Kit's "User Story 1 - …", Kiro's "**User Story:** As a …") and its acceptance scenarios.</summary>
public sealed record ImportedStory
{
    public required string Title { get; init; }
    public string Text { get; init; } = "";
    public IReadOnlyList<string> Scenarios { get; init; } = [];
}
