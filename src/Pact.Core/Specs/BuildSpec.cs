namespace Pact.Specs;

/// <summary>
/// build_spec.yaml: a whole build request in one file (task, SOPs, readiness, pact.yaml keys), the format an agent
/// hands to <c>pact spec apply</c>. Readiness may use the shorthand <c>security: strict</c>.
/// </summary>
public sealed record BuildSpec
{
    public string Version { get; set; } = "1";
    public string? Task { get; init; }
    public string? Sops { get; init; }
    public SpecReadiness? Readiness { get; init; }

    /// <summary>pact.yaml keys to set, validated against the pact.yaml schema; kept as given so nothing else changes.</summary>
    public IReadOnlyDictionary<string, JsonElement> Config { get; set; } = new Dictionary<string, JsonElement>();
}
