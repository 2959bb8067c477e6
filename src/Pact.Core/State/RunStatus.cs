using System.Text.Json.Serialization;
using Pact.Serialization;

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
