using Pact.Readiness;

namespace Pact.Specs;

/// <summary>The readiness part of a build spec: only the dimensions it names, so applying it changes nothing else.</summary>
public sealed record SpecReadiness
{
    public IReadOnlyDictionary<ReadinessDimension, DimensionSetting> Dimensions { get; init; } = new Dictionary<ReadinessDimension, DimensionSetting>();
    public string? Notes { get; init; }

    public ReadinessProfile ApplyTo(ReadinessProfile profile)
    {
        foreach (var (dimension, setting) in Dimensions)
        {
            profile = profile.With(dimension, setting);
        }

        return Notes is null ? profile : profile with { Notes = Notes };
    }
}
