namespace Pact.Readiness;

/// <summary>One dimension of the profile: its level and the project's own extra controls.</summary>
public sealed record DimensionSetting
{
    public required ReadinessLevel Level { get; init; }

    /// <summary>Custom controls, added to the level's baseline.</summary>
    public IReadOnlyList<string> Controls { get; set; } = [];

    public static DimensionSetting At(ReadinessLevel level) => new() { Level = level };
}
