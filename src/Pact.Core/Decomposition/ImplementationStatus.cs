namespace Pact.Decomposition;

[JsonConverter(typeof(SnakeCaseEnumConverter<ImplementationStatus>))]
public enum ImplementationStatus
{
    Pending,
    Contracted,
    Implemented,
    Tested,
    Failed,
}
