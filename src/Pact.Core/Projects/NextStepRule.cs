using Pact.State;

namespace Pact.Projects;

/// <summary>
/// The order of the work, as one pure rule over <see cref="ProjectProgress"/>: task, interview, the pitch (when
/// shaping is on), decomposition, contracts, visible suites, then (where the profile asks for them) the audit
/// directory and the hidden suites, all before any code, so no test is shaped by an implementation; then code,
/// visible runs, polish, an Advocate review and the decisions on its blocking findings, and certify. A certified
/// project is complete whatever came before it: an interview skipped is no reason to send it back.
/// </summary>
public static class NextStepRule
{
    public static (Phase Phase, NextStep Next) Of(ProjectProgress p)
    {
        var root = p.Root;
        return p switch
        {
            { Certified: true } => (Phase.Complete, Step($"pact certify {root} --verify", "pact_certify", "certified: verify the certificate in CI to keep it honest")),
            { TaskWritten: false } => (Phase.Interview, Step($"pact spec apply {root} build_spec.yaml", "pact_spec_apply", "task.md is still the template: describe the task (or apply a build spec) first")),
            { Interviewed: false } => (Phase.Interview, Step($"pact interview {root} --file interview.json", "pact_interview", "no interview yet: record risks, questions, assumptions and acceptance criteria")),
            { Decomposed: false, NeedPitch: true } => (Phase.Shape, Step($"pact shape {root} --file pitch.json", "pact_shape", "shaping is on (pact.yaml): write the pitch (appetite, rabbit holes, no-gos) before the decomposition, which is cut to it")),
            { Decomposed: false } => (Phase.Decompose, Step($"pact decompose {root} --file tree.json", "pact_decompose", "no decomposition yet: split the task into 2-7 components")),
            { NeedContract.Count: > 0 } => (Phase.Contract, Step($"pact contract {root} {p.NeedContract[0]} --file contract.json", "pact_contract", $"{p.NeedContract.Count} component(s) have no contract", p.NeedContract[0])),
            { NeedSuite.Count: > 0 } => (Phase.Contract, Step($"pact tests {root} {p.NeedSuite[0]} --file suite.json", "pact_tests", $"{p.NeedSuite.Count} component(s) have no visible test suite", p.NeedSuite[0])),
            { NeedHidden.Count: > 0, NoAuditDirectory: true } => (Phase.Contract, Step($"pact audit-init {root} --audit-dir ../{Path.GetFileName(root)}-audit", "pact_audit_init", "the hidden suites the readiness profile asks for live in an audit directory outside the project: the auditor makes it before any code is written")),
            { NeedHidden.Count: > 0 } => (Phase.Contract, Step($"pact goodhart {root} {p.NeedHidden[0]} --file hidden.json", "pact_goodhart", $"{p.NeedHidden.Count} component(s) have no hidden suite (the auditor writes them before the code; the implementer never sees them)", p.NeedHidden[0])),
            { NeedCode.Count: > 0 } => (Phase.Implement, Implement(p)),
            { OpenDiagnoses.Count: > 0 } => (Phase.Diagnose, Open(p, p.OpenDiagnoses.OrderBy(d => d.Key, StringComparer.Ordinal).First())),
            { NeedDiagnosis.Count: > 0 } => (Phase.Diagnose, Diagnose(p, p.NeedDiagnosis.OrderBy(d => d.Key, StringComparer.Ordinal).First())),
            { NeedTest.Count: > 0 } => (Phase.Implement, Step($"pact test {root}", "pact_test", $"{p.NeedTest.Count} component(s) have no passing visible run yet: run the visible suites and fix until they pass")),
            { NeedPolish.Count: > 0 } => (Phase.Polish, Step($"pact polish {root}", "pact_polish", $"{p.NeedPolish.Count} component(s) have no passing hidden verdict yet: polish runs every suite, the hidden ones as counts and hints")),
            { NotReviewed: true } => (Phase.Polish, Step($"pact review {root} --claim \"…\"", "pact_review", "every suite passes: have Advocate review the implementation before certifying (the `review` prompt, then pact_review; or `pact review --claim` with a backend)")),
            { NeedAdjudication: [var review, ..] } => (Phase.Polish, Step($"pact review adjudicate {root} {review.Id} {review.Open[0]} --decision fixed|accepted_risk --reason \"…\"", "pact_review_adjudicate", $"Advocate review {review.Id} has {review.Open.Count} critical/high finding(s) without a decision: certify refuses until each is fixed or its risk accepted")),
            _ => (Phase.Polish, Step($"pact certify {root}", "pact_certify", "every suite passed its last run: certify (it runs them all again and signs the result)")),
        };
    }

    /// <summary>
    /// The first component waiting for code that no worker has claimed; when parallel workers hold the others, the
    /// reason says who holds what. When all are claimed, the step is still the first one's handoff, and the reason
    /// says to wait for a claim to be released or to lapse.
    /// </summary>
    private static NextStep Implement(ProjectProgress p)
    {
        var free = p.NeedCode.Where(c => !p.Claimed.ContainsKey(c)).ToList();
        var held = p.NeedCode.Where(p.Claimed.ContainsKey).Select(c => $"{c} by {p.Claimed[c]}").ToList();
        var claims = held.Count == 0 ? "" : $" ({held.Count} claimed: {string.Join(", ", held)})";
        if (free.Count == 0)
        {
            return Step($"pact handoff {p.Root} {p.NeedCode[0]}", "pact_handoff", $"{p.NeedCode.Count} component(s) are waiting for an implementation, all claimed by workers{claims}: wait for a release (or a claim to lapse), or implement with the holder's name", p.NeedCode[0]);
        }
        var parallel = held.Count == 0 ? "" : "; claim it first (pact_claim), as the other workers did";
        return Step($"pact handoff {p.Root} {free[0]}", "pact_handoff", $"{p.NeedCode.Count} component(s) are waiting for an implementation{claims}{parallel}", free[0]);
    }

    /// <summary>
    /// A component that keeps failing is diagnosed before another attempt (the seed's diagnose recovery state): its
    /// failures, contract and history go to the trace analyst (the <c>diagnose</c> prompt), whose verdict routes it back.
    /// </summary>
    private static NextStep Diagnose(ProjectProgress p, KeyValuePair<string, int> failing) =>
        Step($"pact diagnose {p.Root} {failing.Key} --verdict implementation|contract|human --explanation \"…\" --guidance \"…\"", "pact_diagnose",
            $"{failing.Key} failed its visible suite {failing.Value} runs in a row: diagnose it before another attempt (the `diagnose` prompt): is the implementation, the contract or a decision for a person at fault?", failing.Key);

    /// <summary>A diagnosis that handed the fault on: to the contract (the auditor amends it) or to a person (who decides).</summary>
    private static NextStep Open(ProjectProgress p, KeyValuePair<string, string> open)
    {
        var (verdict, guidance) = Pact.Pipeline.DiagnosisDetail.Parse(open.Value);
        return verdict == "contract"
            ? Step($"pact contract {p.Root} {open.Key} --file contract.json", "pact_contract", $"the diagnosis of {open.Key} puts the fault in its contract ({guidance}): the auditor amends it (its suites are then locked again), or a new diagnosis decides otherwise", open.Key)
            : Step($"pact diagnose {p.Root} {open.Key} --verdict implementation --explanation \"…\" --guidance \"…\"", "pact_diagnose", $"the diagnosis of {open.Key} says a person has to decide ({guidance}): ask the user, then record the decision as a new diagnosis", open.Key) with { ForPerson = true };
    }

    private static NextStep Step(string command, string tool, string reason, string? componentId = null) => new() { Command = command, Tool = tool, Reason = reason, ComponentId = componentId };
}
