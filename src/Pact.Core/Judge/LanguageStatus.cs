namespace Pact.Judge;

/// <summary>One language this Pact knows, as <c>pact doctor</c> lists it: the id pact.yaml names it by and the runtimes it needs.</summary>
public sealed record LanguageStatus
{
    public required TestLanguage Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The names of the runtimes it runs (entries of <see cref="DoctorReport.Tools"/>).</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];
}
