namespace Pact.Engine.Judge.Authority;

/// <summary>Who is acting, as the environment says (<c>PACT_ROLE</c> or <c>--role</c>); the MCP server's role has the same three values.</summary>
public enum PactRole
{
    /// <summary>One person or agent doing everything (the default).</summary>
    Solo,

    /// <summary>The implementer: judged, never the judge's auditor.</summary>
    Code,

    /// <summary>The auditor: holds the audit directory and may change the law.</summary>
    Audit,
}
