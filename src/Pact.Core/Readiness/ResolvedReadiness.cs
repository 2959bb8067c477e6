namespace Pact.Readiness;

/// <summary>A readiness profile with every level turned into the list of controls it stands for.</summary>
public sealed record ResolvedReadiness
{
    public required IReadOnlyList<ResolvedDimension> Dimensions { get; init; }
    public string Notes { get; set; } = "";

    public static ResolvedReadiness Of(ReadinessProfile profile) => new()
    {
        Notes = profile.Notes,
        Dimensions = [.. Enum.GetValues<ReadinessDimension>().Select(d => new ResolvedDimension
        {
            Dimension = d,
            Level = profile[d].Level,
            BaselineControls = ReadinessCatalog.Baseline(d, profile[d].Level),
            CustomControls = profile[d].Controls,
        })],
    };
}
