namespace Pact.Engine.Judge.Authority;

/// <summary>
/// The table of operations that need the audit authority, for the CLI and the MCP server alike. The audit-side ones
/// are exactly those whose MCP tool the code role lacks (a test keeps the two in step). Not here, on purpose: test,
/// polish and certify. The judge runs every suite itself and signs only what it saw pass, so nothing the caller passes
/// can change the verdict; the implementer may ask for it, and in separate-user mode it goes to the judge service.
/// </summary>
public static class AuditOperations
{
    public static readonly AuditOperation Interview = new("interview", "pact_interview");
    public static readonly AuditOperation Shape = new("shape", "pact_shape");
    public static readonly AuditOperation Decompose = new("decompose", "pact_decompose");
    public static readonly AuditOperation Contract = new("contract", "pact_contract");
    public static readonly AuditOperation Tests = new("tests", "pact_tests");
    public static readonly AuditOperation Goodhart = new("goodhart", "pact_goodhart");
    public static readonly AuditOperation Init = new("init", "pact_init", CreatesAuthority: true);
    public static readonly AuditOperation SpecApply = new("spec apply", "pact_spec_apply");
    public static readonly AuditOperation Unfreeze = new("unfreeze", "pact_unfreeze");
    public static readonly AuditOperation Adjudicate = new("adjudicate", "pact_adjudicate");

    /// <summary>A decision on a review's finding: the code role may submit reviews, never clear their blockers.</summary>
    public static readonly AuditOperation ReviewAdjudicate = new("review adjudicate", "pact_review_adjudicate");
    /// <summary>An existing package's plan and draft contracts (and its adopted copy in src/): the CLI or a solo server only.</summary>
    public static readonly AuditOperation Adopt = new("adopt", "pact_adopt");
    /// <summary>Another tool's specs made into the plan (task.md, sops.md, interview, draft tree): the auditor's side.</summary>
    public static readonly AuditOperation Import = new("import", "pact_import");
    /// <summary>
    /// A person's approval of the interview or the plan: the CLI, or the user's yes on the MCP elicitation form that
    /// pact_approve puts to them (never on an agent's word).
    /// </summary>
    public static readonly AuditOperation Approve = new("approve", "pact_approve");
    public static readonly AuditOperation AuditInit = new("audit-init", "pact_audit_init", CreatesAuthority: true);
    public static readonly AuditOperation AuthorityMove = new("authority move", null);
    public static readonly AuditOperation AuthorityNew = new("authority new", null, CreatesAuthority: true);
    public static readonly AuditOperation Freeze = new("freeze", "pact_freeze", AuditSide.AuditDirectory);
    public static readonly AuditOperation Sync = new("sync", "pact_sync", AuditSide.AuditDirectory);

    public static IReadOnlyList<AuditOperation> All { get; } =
        [Interview, Approve, Shape, Decompose, Contract, Tests, Goodhart, Init, Adopt, Import, SpecApply, Unfreeze, Adjudicate, ReviewAdjudicate, AuditInit, AuthorityMove, AuthorityNew, Freeze, Sync];

    /// <summary>
    /// Command groups with verbs on both sides (<c>review submit</c> is anyone's, <c>review adjudicate</c> the
    /// auditor's): the hook matches their audit-side verbs by both words, the others by the first.
    /// </summary>
    public static IReadOnlySet<string> MixedGroups { get; } = new HashSet<string>(StringComparer.Ordinal) { "review" };

    public static AuditOperation? ForCommand(string command) => All.FirstOrDefault(o => o.Command == command);

    public static AuditOperation? ForTool(string tool) => All.FirstOrDefault(o => o.Tool == tool);
}
