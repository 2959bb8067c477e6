namespace Pact.Handoff;

/// <summary>A contract's interface stub in the project's language, and where it belongs.</summary>
public sealed record StubReport
{
    public required string ComponentId { get; init; }
    public required TestLanguage Language { get; init; }

    /// <summary>Where <c>pact contract</c> wrote it, relative to the project (<c>contracts/&lt;cid&gt;/interface.py</c>).</summary>
    public required string File { get; init; }

    /// <summary>Where the implementation goes, relative to the project: the stub is its starting point.</summary>
    public required string ImplementationFile { get; init; }
    public required string Text { get; init; }
}
