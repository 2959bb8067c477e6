namespace Pact.State;

[JsonConverter(typeof(SnakeCaseEnumConverter<ComponentTaskStatus>))]
public enum ComponentTaskStatus
{
    Pending,
    Researching,
    Contracting,
    Testing,
    Implementing,
    Integrating,
    Completed,
    Failed,
}
