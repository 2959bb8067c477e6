namespace Pact.Health;

/// <summary>The conditions checked (reference F.3), named as the Python Pact names them.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<HealthCondition>))]
public enum HealthCondition
{
    OutputPlanningRatio,
    RejectionRate,
    BudgetVelocity,
    PhaseBalance,
    GracefulDegradation,
    RegisterDrift,
    RoomToImprove,
    VarianceReachesTarget,
    GainOutweighsCost,
}
