namespace Pact.State;

[JsonConverter(typeof(SnakeCaseEnumConverter<RunStatus>))]
public enum RunStatus
{
    Active,
    Paused,
    Completed,
    Failed,
    BudgetExceeded,
}
