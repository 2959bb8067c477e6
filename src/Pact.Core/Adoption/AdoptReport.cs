namespace Pact.Adoption;

/// <summary>
/// <c>pact adopt</c>'s answer: the source it read, what the assessment of it found, the proposed tree (root and components), the files it wrote, and
/// whether adoption is done, which it is once every component's smoke suite passed against the adopted code.
/// </summary>
public sealed record AdoptReport
{
    public required string Source { get; init; }
    public required string Language { get; init; }
    public required string RootId { get; init; }
    public required IReadOnlyList<AdoptedComponentReport> Components { get; init; }
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>Files of the source that were not adopted, each with why.</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];

    /// <summary>The summary of <c>pact assess</c> on the source, and its findings: where the tightening should look first.</summary>
    public string Assessment { get; init; } = "";
    public IReadOnlyList<Assessment.AssessmentFinding> Findings { get; init; } = [];
    public bool DryRun { get; init; }
    public bool Done { get; init; }
    public string Next { get; init; } = "";
}
