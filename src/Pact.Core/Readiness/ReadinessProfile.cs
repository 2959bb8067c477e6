namespace Pact.Readiness;

/// <summary>The readiness profile in pact.yaml. The defaults are the ones a new project starts with.</summary>
public sealed record ReadinessProfile
{
    public DimensionSetting OperationalMaturity { get; set; } = DimensionSetting.At(ReadinessLevel.Standard);
    public DimensionSetting Security { get; set; } = DimensionSetting.At(ReadinessLevel.Standard);
    public DimensionSetting Privacy { get; set; } = DimensionSetting.At(ReadinessLevel.Basic);
    public DimensionSetting Compliance { get; set; } = DimensionSetting.At(ReadinessLevel.None);
    public DimensionSetting Gating { get; set; } = DimensionSetting.At(ReadinessLevel.Standard);
    public DimensionSetting Testing { get; set; } = DimensionSetting.At(ReadinessLevel.Standard);
    public DimensionSetting Monitoring { get; set; } = DimensionSetting.At(ReadinessLevel.Basic);
    public string Notes { get; set; } = "";

    public DimensionSetting this[ReadinessDimension dimension] => dimension switch
    {
        ReadinessDimension.OperationalMaturity => OperationalMaturity,
        ReadinessDimension.Security => Security,
        ReadinessDimension.Privacy => Privacy,
        ReadinessDimension.Compliance => Compliance,
        ReadinessDimension.Gating => Gating,
        ReadinessDimension.Testing => Testing,
        ReadinessDimension.Monitoring => Monitoring,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "unknown readiness dimension"),
    };

    public ReadinessProfile With(ReadinessDimension dimension, DimensionSetting setting) => dimension switch
    {
        ReadinessDimension.OperationalMaturity => this with { OperationalMaturity = setting },
        ReadinessDimension.Security => this with { Security = setting },
        ReadinessDimension.Privacy => this with { Privacy = setting },
        ReadinessDimension.Compliance => this with { Compliance = setting },
        ReadinessDimension.Gating => this with { Gating = setting },
        ReadinessDimension.Testing => this with { Testing = setting },
        ReadinessDimension.Monitoring => this with { Monitoring = setting },
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "unknown readiness dimension"),
    };
}
