namespace Pact.Reviews;

/// <summary>Where a review came from: the host agent (through MCP) or a backend Pact ran (claude -p, codex exec, an API).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ReviewSourceKind>))]
public enum ReviewSourceKind
{
    HostAgent,
    Backend,
}
