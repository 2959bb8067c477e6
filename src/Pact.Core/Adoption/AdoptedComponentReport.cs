namespace Pact.Adoption;

/// <summary>One adopted component in <c>pact adopt</c>'s answer: where its code came from, what its draft contract holds, and its smoke run.</summary>
public sealed record AdoptedComponentReport
{
    public required string ComponentId { get; init; }

    /// <summary>The adopted files, relative to the source directory.</summary>
    public required IReadOnlyList<string> Modules { get; init; }

    public IReadOnlyList<string> Dependencies { get; init; } = [];
    public int Functions { get; init; }
    public int Types { get; init; }

    /// <summary>The smoke run: passed, failed or error; empty on a dry run.</summary>
    public string Smoke { get; init; } = "";
    public int SmokePassed { get; init; }
    public int SmokeTotal { get; init; }
}
