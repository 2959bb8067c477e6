namespace Pact.Import;

/// <summary>
/// <c>pact import</c>'s answer: the format and the files it read, what it carried over (requirements, questions,
/// components of the draft tree), the files it wrote, and what to do next (answer the interview, review the tree).
/// </summary>
public sealed record ImportReport
{
    public required string Format { get; init; }
    public required string Source { get; init; }

    /// <summary>The source's files that were read, relative to <see cref="Source"/>.</summary>
    public IReadOnlyList<string> Read { get; init; } = [];
    public required string Title { get; init; }

    /// <summary>The requirement ids carried into task.md, as the source spells them.</summary>
    public IReadOnlyList<string> Requirements { get; init; } = [];

    /// <summary>The interview's open questions (for the user to answer).</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];
    public required string RootId { get; init; }

    /// <summary>The leaves of the draft tree.</summary>
    public IReadOnlyList<string> Components { get; init; } = [];
    public IReadOnlyList<string> Written { get; init; } = [];
    public bool DryRun { get; init; }
    public string Next { get; init; } = "";
}
