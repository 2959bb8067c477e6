namespace Pact.Projects;

/// <summary>The verdict of <c>pact validate</c>; the findings themselves are the result's diagnostics.</summary>
public sealed record ValidateReport
{
    public required string ProjectDir { get; init; }
    public required bool Valid { get; init; }
    public required int Errors { get; init; }
    public required int Warnings { get; init; }
    /// <summary>The artifacts read, relative to the project.</summary>
    public required IReadOnlyList<string> Checked { get; init; }
}
