using System.Text.Json.Serialization;
using Pact.Serialization;

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
