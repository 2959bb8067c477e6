namespace Pact.Judge;

/// <summary>One certified file: a name (project-relative, or <c>audit:</c>-prefixed for the audit directory) and its SHA-256.</summary>
public sealed record InTotoSubject
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("digest")]
    public required IReadOnlyDictionary<string, string> Digest { get; init; }
}
