namespace Pact.Engine.Backends;

/// <summary>The backends by name, as <c>--backend</c> and pact.yaml's <c>backend</c> and <c>role_backends</c> name them.</summary>
public sealed class AgentBackends(IEnumerable<IAgentBackend> backends)
{
    /// <summary>The Python Pact's suffix for a backend that runs one worker per ready component.</summary>
    public const string TeamSuffix = "_team";

    private readonly IReadOnlyList<IAgentBackend> all = [.. backends];

    public IReadOnlyList<string> Names => [.. all.Select(b => b.Name)];

    public IAgentBackend? Find(string name) => all.FirstOrDefault(b => b.Name == name);

    /// <summary>
    /// The backend a name means, and whether it is a team (<c>claude_code_team</c>: the same agent, one worker per
    /// ready component at once, as parallel_components does); null when there is none.
    /// </summary>
    public (IAgentBackend? Backend, bool Team) Resolve(string name) =>
        name.EndsWith(TeamSuffix, StringComparison.Ordinal) && Find(name[..^TeamSuffix.Length]) is { EditsFiles: true } member
            ? (member, true)
            : (Find(name), false);

    /// <summary>The refusal for a name no backend has, naming the ones there are.</summary>
    public Diagnostic Unknown(string name, string pointer) => new()
    {
        Rule = "backend.unknown",
        Pointer = pointer,
        Message = $"there is no backend '{name}'",
        Fix = $"use one of {string.Join(", ", Names)} (or claude_code_team, codex_code_team: one worker per ready component)",
    };
}
