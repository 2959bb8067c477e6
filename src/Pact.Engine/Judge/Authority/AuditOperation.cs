namespace Pact.Engine.Judge.Authority;

/// <summary>One operation the audit authority decides on.</summary>
/// <param name="Command">The CLI command, its words as typed (<c>spec apply</c>, <c>authority move</c>).</param>
/// <param name="Tool">The MCP tool doing the same, if any (the code role's server never lists an audit-side one).</param>
/// <param name="Side">What it needs of the authority.</param>
/// <param name="CreatesAuthority">
/// It makes the authority rather than uses one (init, audit-init, authority new): there is no audit directory to hold
/// yet, so only the role is checked.
/// </param>
public sealed record AuditOperation(string Command, string? Tool, AuditSide Side = AuditSide.Audit, bool CreatesAuthority = false);
