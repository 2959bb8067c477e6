namespace Pact.Engine.Judge.Authority;

/// <summary>What an operation needs of the audit authority.</summary>
public enum AuditSide
{
    /// <summary>Changes the law (contracts, suites, freezes undone, decisions, the authority): never the code role's.</summary>
    Audit,

    /// <summary>
    /// Open to the code role, but it reads or writes the audit directory itself (freeze, sync) and is not forwarded to
    /// the judge service: refused on the implementer's side of separate-user mode, where that directory is another user's.
    /// </summary>
    AuditDirectory,
}
