using System.Collections.Frozen;

namespace Pact.Readiness;

/// <summary>
/// The baseline controls behind each readiness level. A level demands its own controls and those of every level
/// below it, so <c>strict</c> security is <c>basic</c> + <c>standard</c> + <c>strict</c>. Ids are stable: contracts,
/// checklists and production evidence refer to them.
/// </summary>
public static class ReadinessCatalog
{
    private static readonly FrozenDictionary<ReadinessDimension, ReadinessControl[]> Controls = new Dictionary<ReadinessDimension, ReadinessControl[]>
    {
        [ReadinessDimension.OperationalMaturity] =
        [
            C("OPS-01", ReadinessLevel.Basic, "The build and the tests run from one documented command on a clean machine"),
            C("OPS-02", ReadinessLevel.Basic, "Configuration is read from files or the environment, never edited into code"),
            C("OPS-03", ReadinessLevel.Standard, "Every external call has a timeout and a defined behaviour when it fails"),
            C("OPS-04", ReadinessLevel.Standard, "Dependencies are pinned to exact versions in a lock file or manifest"),
            C("OPS-05", ReadinessLevel.Strict, "A rollback procedure exists and has been exercised once"),
            C("OPS-06", ReadinessLevel.Strict, "Capacity limits (requests, payload size, queue depth) are stated and enforced"),
            C("OPS-07", ReadinessLevel.Regulated, "Every production change is traceable to a reviewed, certified build"),
        ],
        [ReadinessDimension.Security] =
        [
            C("SEC-01", ReadinessLevel.Basic, "Every external input is validated against its contract type before use"),
            C("SEC-02", ReadinessLevel.Basic, "No secret, token or credential appears in source or in tracked files"),
            C("SEC-03", ReadinessLevel.Standard, "Authentication and authorization are checked on every entry point that needs them"),
            C("SEC-04", ReadinessLevel.Standard, "Errors returned to callers carry no stack traces, paths or internal identifiers"),
            C("SEC-05", ReadinessLevel.Strict, "A threat model lists the trust boundaries and the control for each threat"),
            C("SEC-06", ReadinessLevel.Strict, "Dependencies are scanned for known vulnerabilities before release"),
            C("SEC-07", ReadinessLevel.Regulated, "Security controls are reviewed by a person independent of the implementer"),
        ],
        [ReadinessDimension.Privacy] =
        [
            C("PRV-01", ReadinessLevel.Basic, "Fields holding personal data are classified (PII) in the contracts' data_access"),
            C("PRV-02", ReadinessLevel.Standard, "Personal data never reaches logs or events unmasked"),
            C("PRV-03", ReadinessLevel.Standard, "Each use of personal data has a stated purpose in its rationale"),
            C("PRV-04", ReadinessLevel.Strict, "Retention periods and deletion paths exist for every personal-data store"),
            C("PRV-05", ReadinessLevel.Regulated, "A processing register records every personal-data flow with its legal basis"),
        ],
        [ReadinessDimension.Compliance] =
        [
            C("CMP-01", ReadinessLevel.Basic, "The licences of all dependencies are known and compatible with distribution"),
            C("CMP-02", ReadinessLevel.Standard, "The obligations that apply (contractual or legal) are listed with an owner"),
            C("CMP-03", ReadinessLevel.Strict, "Each obligation maps to a contract clause or a test that enforces it"),
            C("CMP-04", ReadinessLevel.Regulated, "Evidence for every obligation is retained with the certification"),
            C("CMP-05", ReadinessLevel.Regulated, "Not-applicable decisions are recorded with a justification and a reviewer"),
        ],
        [ReadinessDimension.Gating] =
        [
            C("GAT-01", ReadinessLevel.Basic, "Contracts and visible tests pass validation before implementation starts"),
            C("GAT-02", ReadinessLevel.Standard, "Hidden (Goodhart) suites exist for every component and pass before release"),
            C("GAT-03", ReadinessLevel.Standard, "Certification is produced and verified in CI before merge"),
            C("GAT-04", ReadinessLevel.Strict, "A person approves the plan (contracts and tests) before implementation"),
            C("GAT-05", ReadinessLevel.Regulated, "Loosening any frozen test requires a logged decision naming the approver"),
        ],
        [ReadinessDimension.Testing] =
        [
            C("TST-01", ReadinessLevel.Basic, "Every contract function has at least one happy-path test"),
            C("TST-02", ReadinessLevel.Standard, "Every declared error case has a test that triggers it"),
            C("TST-03", ReadinessLevel.Standard, "Every validator has acceptance, rejection and boundary tests"),
            C("TST-04", ReadinessLevel.Strict, "Every invariant and postcondition has a test over several inputs"),
            C("TST-05", ReadinessLevel.Regulated, "Test evidence (reports and digests) is kept with each certified build"),
        ],
        [ReadinessDimension.Monitoring] =
        [
            C("MON-01", ReadinessLevel.Basic, "Each public function carries its PACT key so logs attribute to a component"),
            C("MON-02", ReadinessLevel.Standard, "Started, completed and error events are emitted for every public function"),
            C("MON-03", ReadinessLevel.Strict, "Latency and error-rate budgets are stated and alerted on"),
            C("MON-04", ReadinessLevel.Regulated, "Audit events for data access are retained for the regulated period"),
        ],
    }.ToFrozenDictionary();

    /// <summary>The controls <paramref name="level"/> demands in <paramref name="dimension"/>, lowest level first.</summary>
    public static IReadOnlyList<ReadinessControl> Baseline(ReadinessDimension dimension, ReadinessLevel level) =>
        [.. Controls[dimension].Where(c => c.Level <= level)];

    /// <summary>Every control of every dimension, for documentation and lookups by id.</summary>
    public static IEnumerable<ReadinessControl> All => Controls.Values.SelectMany(c => c);

    private static ReadinessControl C(string id, ReadinessLevel level, string title) => new() { Id = id, Title = title, Level = level };
}
