namespace Pact.Assessment;

/// <summary>
/// One finding of <c>pact assess</c> (reference G), numbered A001… in the order the checks run. The wire names are
/// the Python Pact's, so scripts written against its <c>--json</c> keep working.
/// </summary>
public sealed record AssessmentFinding
{
    public required string Id { get; init; }
    public required Severity Severity { get; init; }
    /// <summary>One of <see cref="AssessmentCategories"/>.</summary>
    public required string Category { get; init; }
    /// <summary>The module's path relative to the assessed directory; for scattered logic the imported dotted module.</summary>
    public string ModulePath { get; init; } = "";
    public required string Description { get; init; }
    public string Suggestion { get; init; } = "";
    public double MetricValue { get; init; }
    public IReadOnlyList<string> RelatedModules { get; init; } = [];

    /// <summary>Where in <see cref="LocationFile"/> the finding points (1-based), when known; SARIF only, not on the Python Pact's wire.</summary>
    [JsonIgnore]
    public int? Line { get; init; }

    /// <summary>The file the finding points at, relative to the assessed directory (a scattered import names a module, not a file).</summary>
    [JsonIgnore]
    public string? LocationFile { get; init; }

    /// <summary>The files of <see cref="RelatedModules"/> (a C# namespace's is the file declaring it), for SARIF's related locations; not on the wire.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> RelatedFiles { get; init; } = [];
}
