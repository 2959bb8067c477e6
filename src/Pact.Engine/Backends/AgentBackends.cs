namespace Pact.Engine.Backends;

/// <summary>The backends by name, as <c>--backend</c> and pact.yaml's <c>role_backends</c> name them.</summary>
public sealed class AgentBackends(IEnumerable<IAgentBackend> backends)
{
    private readonly IReadOnlyList<IAgentBackend> all = [.. backends];

    public IReadOnlyList<string> Names => [.. all.Select(b => b.Name)];

    public IAgentBackend? Find(string name) => all.FirstOrDefault(b => b.Name == name);

    /// <summary>The refusal for a name no backend has, naming the ones there are.</summary>
    public Diagnostic Unknown(string name, string pointer) => new()
    {
        Rule = "backend.unknown",
        Pointer = pointer,
        Message = $"there is no backend '{name}'",
        Fix = $"use one of {string.Join(", ", Names)}",
    };
}
