using Pact.Readiness;

namespace Pact.Specs;

/// <summary>
/// The readiness part of a build spec. It names only the dimensions it changes (null = leave as is), so applying it
/// keeps the rest of the project's profile. In the file a dimension may be a bare level (<c>security: strict</c>).
/// </summary>
public sealed record SpecReadiness
{
    public DimensionSetting? OperationalMaturity { get; init; }
    public DimensionSetting? Security { get; init; }
    public DimensionSetting? Privacy { get; init; }
    public DimensionSetting? Compliance { get; init; }
    public DimensionSetting? Gating { get; init; }
    public DimensionSetting? Testing { get; init; }
    public DimensionSetting? Monitoring { get; init; }
    public string? Notes { get; init; }

    public ReadinessProfile ApplyTo(ReadinessProfile profile)
    {
        (ReadinessDimension Dimension, DimensionSetting? Setting)[] given =
        [
            (ReadinessDimension.OperationalMaturity, OperationalMaturity),
            (ReadinessDimension.Security, Security),
            (ReadinessDimension.Privacy, Privacy),
            (ReadinessDimension.Compliance, Compliance),
            (ReadinessDimension.Gating, Gating),
            (ReadinessDimension.Testing, Testing),
            (ReadinessDimension.Monitoring, Monitoring),
        ];
        foreach (var (dimension, setting) in given)
        {
            if (setting is not null)
            {
                profile = profile.With(dimension, setting);
            }
        }

        return Notes is null ? profile : profile with { Notes = Notes };
    }
}
