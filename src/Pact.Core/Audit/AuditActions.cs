using Pact.Judge;

namespace Pact.Audit;

/// <summary>
/// Every action Pact writes to the project log (.pact/audit.jsonl) and the judge's ledger, in one place for the
/// writers and the readers that look events up by action (status, health, the ledger, certify, the tamper
/// scanner): a reader matching a string no writer writes would silently count nothing.
/// </summary>
public static class AuditActions
{
    public const string Init = "init";
    public const string SpecApply = "spec_apply";
    public const string Interview = "interview";
    public const string Shape = "shape";
    public const string Decompose = "decompose";
    public const string Contract = "contract";
    public const string TestsLock = "tests.lock";
    public const string GoodhartLock = "goodhart.lock";
    public const string Freeze = "freeze";
    public const string Unfreeze = "unfreeze";
    public const string Sync = "sync";
    public const string Test = "test";
    public const string Polish = "polish";
    public const string Certify = "certify";
    public const string AuditInit = "audit-init";

    /// <summary>A failed hidden run: an attempt that counts towards the graduated hints.</summary>
    public const string HiddenFailed = "polish.hidden_failed";

    /// <summary>A run whose verdict the implementation forged; certify refuses until the auditor clears it.</summary>
    public const string VerdictForged = "verdict_forged";

    /// <summary>The auditor's review of a forged run (the ledger entry that clears it).</summary>
    public const string ForgeryReview = "forgery.review";
    public const string Tamper = "tamper";
    public const string TamperAdjudicate = "tamper.adjudicate";
    public const string AuthorityMove = "authority.move";
    public const string AuthorityNew = "authority.new";
    public const string Analysis = "analysis";
    public const string Checklist = "checklist";
    public const string Tasks = "tasks";
    public const string HealthRecord = "health.record";

    /// <summary>A review stored (pact_review); health counts an Advocate's blocking findings as a rejection.</summary>
    public const string Review = "review";

    /// <summary>A decision on a review's finding or question; certify reads it from the judge's ledger when the project has an auditor.</summary>
    public const string ReviewAdjudicate = "review.adjudicate";

    /// <summary>The production pack scaffolded (<c>pact production init</c>).</summary>
    public const string ProductionInit = "production.init";

    /// <summary>The current source fingerprint written into the pack's manifest (<c>pact production fingerprint --write</c>).</summary>
    public const string ProductionFingerprint = "production.fingerprint";

    /// <summary>An existing codebase brought under contracts (<c>pact adopt</c>): its plan, draft contracts and adopted code.</summary>
    public const string Adopt = "adopt";

    /// <summary>A component claimed (or a claim renewed) by one worker (<c>pact claim</c>), so parallel workers do not collide.</summary>
    public const string Claim = "claim";

    /// <summary>A component's claim given back (<c>pact release</c>).</summary>
    public const string Release = "release";

    /// <summary>Another tool's specs turned into the plan (<c>pact import</c>): task.md, sops.md, the interview and a draft tree.</summary>
    public const string Import = "import";

    /// <summary>The interview approved by a person (<c>pact approve</c>), its open questions answered with its assumptions.</summary>
    public const string Approve = "approve";

    /// <summary>A competitive round of a component decided (<c>pact run</c>, competitive_implementations): the winner, and where the losers are kept.</summary>
    public const string Compete = "compete";

    /// <summary>
    /// A component's failures diagnosed (<c>pact diagnose</c>, or the trace analyst in <c>pact run</c>): its detail is
    /// <c>VERDICT: GUIDANCE</c>, the verdict one of implementation, contract, human.
    /// </summary>
    public const string Diagnosis = "diagnosis";

    /// <summary>The action that locks a suite of <paramref name="kind"/>.</summary>
    public static string Lock(SuiteKind kind) => kind == SuiteKind.Visible ? TestsLock : GoodhartLock;

    /// <summary>
    /// The actions no reader looks up by name, and why: they are the record of what happened (shown whole by the
    /// log and compared line by line with the ledger), or read through what they carry rather than what they are called.
    /// </summary>
    public static IReadOnlyDictionary<string, string> RecordOnly { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Init] = "the log's first line; nothing depends on it",
        [SpecApply] = "the files it wrote are the state",
        [Interview] = "the file it wrote is the state",
        [Shape] = "the file it wrote is the state",
        [Freeze] = "the suite locks hold the frozen flag",
        [Test] = "read through its runs (health)",
        [Polish] = "read through its runs (health)",
        [Certify] = "the certificate is the state; its runs feed health",
        [AuditInit] = "pact.yaml and the audit directory are the state",
        [AuthorityMove] = "the authority record is the state; the ledger keeps the entry",
        [AuthorityNew] = "the authority record is the state; the ledger keeps the entry",
        [Analysis] = "analysis.json is the state",
        [Checklist] = "checklist.json is the state",
        [Tasks] = "tasks.json is the state",
        [HealthRecord] = "read through its usage (health)",
        [Review] = "review.json under .pact/reviews/ is the state (certify, status and health read it there)",
        [ProductionInit] = "the pack files it wrote are the state",
        [ProductionFingerprint] = "manifest.yaml is the state",
        [Adopt] = "the tree, contracts and src/ it wrote are the state",
        [Claim] = "the lease under .pact/leases/ is the state",
        [Release] = "the lease, lapsed at its release, is the state",
        [Import] = "task.md, sops.md, the interview and the tree it wrote are the state",
        [Approve] = "the interview it approved is the state",
        [Compete] = "the winner's code in src/ and competition.json under .pact/attempts/ are the state",
    };
}
