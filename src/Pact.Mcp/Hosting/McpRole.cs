namespace Pact.Mcp.Hosting;

/// <summary>Who the server serves. The role decides which tools, resources and prompts exist at all.</summary>
[Flags]
public enum McpRole
{
    /// <summary>The implementing agent: no access to hidden suites beyond a verdict (counts and hints).</summary>
    Code = 1,

    /// <summary>The auditor: writes hidden suites, cannot write implementations.</summary>
    Audit = 2,

    /// <summary>One person or agent doing everything (the default).</summary>
    Solo = 4,

    All = Code | Audit | Solo,
}
