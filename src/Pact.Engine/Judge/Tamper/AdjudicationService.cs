namespace Pact.Engine.Judge.Tamper;

/// <summary>
/// <c>pact adjudicate</c>: the auditor's decision on one tamper finding (allowed or refused, with a reason), recorded in
/// the judge's ledger in the audit directory and in the project's audit log. The decision is bound to the finding's
/// hash (rule, file, text of the line), so it lapses when that code changes. With the rule <c>verdict_forged</c> (no
/// file or line) it is the auditor's review of a component whose run was forged (<see cref="Reporting.ForgeryReviewGate"/>).
/// </summary>
public sealed class AdjudicationService(ProjectStore store, TamperScanner scanner, JudgeLedger ledger, SuiteExecutor executor)
{
    public const string Command = "adjudicate";

    public async Task<CommandResult<ImplementationFinding>> AdjudicateAsync(string directory, string componentId, string rule, string? file, int? line, string verdict, string reason, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<ImplementationFinding>(Command, outcome, diagnostics);
        }

        if (ComponentIds.Check([componentId]) is { Count: > 0 } badIds)
        {
            return CommandResults.Fail<ImplementationFinding>(Command, Outcome.Invalid, badIds);
        }

        if (verdict is not (ImplementationFinding.Allowed or ImplementationFinding.Refused))
        {
            return CommandResults.Fail<ImplementationFinding>(Command, Outcome.Invalid, new Diagnostic { Rule = "adjudicate.bad_verdict", Message = $"--verdict is '{verdict}'; it must be allowed or refused", Fix = "pass --verdict allowed or --verdict refused" });
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandResults.Fail<ImplementationFinding>(Command, Outcome.Invalid, new Diagnostic { Rule = "adjudicate.no_reason", Message = "a decision needs its reason (it goes to the ledger and the audit log)", Fix = "pass --reason \"why this code is (not) acceptable\"" });
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        // Unlike the other audit-side decisions, this one has no solo form: a finding is adjudicated by an auditor who
        // holds an audit directory, not by the implementer's own key store.
        if (judge.AuditDir is null)
        {
            return CommandResults.Fail<ImplementationFinding>(Command, Outcome.Invalid, new Diagnostic { Rule = Authority.AuditAuthority.Rule, File = "pact.yaml", Message = "adjudicating a tamper finding is an audit-side decision, and this project has no audit directory", Fix = $"create one with `pact audit-init {project.Layout.Root} --audit-dir <dir outside the project>` and adjudicate as the user who owns it" });
        }

        if (Authority.AuditAuthority.Access(judge, Command) is { } refusal)
        {
            return CommandResults.Fail<ImplementationFinding>(Command, Outcome.Invalid, refusal);
        }

        if (rule == AuditActions.VerdictForged)
        {
            return await ReviewForgeryAsync(project.Layout, judge, componentId, verdict, reason.Trim(), cancellationToken);
        }

        if (file is null || line is not { } at)
        {
            return CommandResults.Fail<ImplementationFinding>(Command, Outcome.Invalid, new Diagnostic { Rule = "adjudicate.no_location", Message = $"a tamper finding is decided where it is: {rule} needs --file and --line", Fix = "pass them as `pact test` reported the finding (--file src/<cid>/… --line N)" });
        }

        var (closure, _) = await executor.DependencyClosureAsync(project.Layout, componentId, cancellationToken);
        var findings = await scanner.ScanAsync(project.Layout, closure, project.Config, cancellationToken);
        var normalized = file.Replace('\\', '/');
        var finding = findings.FirstOrDefault(f => f.Rule == rule && f.File == normalized && f.Line == at);
        if (finding is null)
        {
            var here = findings.Where(f => f.File == normalized).Select(f => $"{f.Rule} at line {f.Line}").ToList();
            return CommandResults.Fail<ImplementationFinding>(Command, Outcome.NotFound, new Diagnostic
            {
                Rule = "adjudicate.no_finding",
                File = normalized,
                Line = at,
                Message = $"the tamper scan has no {rule} finding at {normalized}:{at} for '{componentId}'" + (here.Count > 0 ? $"; in that file it has: {string.Join(", ", here)}" : ""),
                Fix = $"see the findings with `pact test {project.Layout.Root} {componentId}` and adjudicate one of them as it is reported",
            });
        }

        var detail = TamperScanner.Detail(finding, verdict, reason.Trim());
        if (await store.CommitLoggedAsync(project.Layout, AuditActions.TamperAdjudicate, detail, [], cancellationToken, componentId) is not { } committed)
        {
            return CommandResults.Fail<ImplementationFinding>(Command, Outcome.Busy, store.Busy(project.Layout));
        }

        await ledger.AppendAsync(judge, new LedgerEntry { Action = AuditActions.TamperAdjudicate, ComponentId = componentId, Detail = detail, Log = committed.Logged }, cancellationToken);

        return CommandResults.Ok(Command, finding with { Verdict = verdict, Reason = reason.Trim() });
    }

    private async Task<CommandResult<ImplementationFinding>> ReviewForgeryAsync(ProjectLayout layout, JudgeLayout judge, string componentId, string verdict, string reason, CancellationToken cancellationToken)
    {
        var forged = (await ledger.ReadAsync(judge, cancellationToken)).Entries.LastOrDefault(e => e.Action == AuditActions.VerdictForged && e.ComponentId == componentId);
        if (forged is null)
        {
            return CommandResults.Fail<ImplementationFinding>(Command, Outcome.NotFound, new Diagnostic { Rule = "adjudicate.no_finding", File = JudgeLedger.FileName, Message = $"the judge's ledger has no forged run of '{componentId}' to review", Fix = "adjudicate a tamper finding with its --file and --line instead" });
        }

        var detail = Reporting.ForgeryReviewGate.Detail(verdict, reason);
        await ledger.AppendAsync(judge, new LedgerEntry { Action = AuditActions.ForgeryReview, ComponentId = componentId, Detail = detail }, cancellationToken);
        if (await store.CommitAsync(layout, AuditActions.ForgeryReview, detail, [], cancellationToken, componentId) is null)
        {
            return CommandResults.Fail<ImplementationFinding>(Command, Outcome.Busy, store.Busy(layout));
        }

        return CommandResults.Ok(Command, new ImplementationFinding
        {
            ComponentId = componentId,
            Rule = AuditActions.VerdictForged,
            File = $"src/{componentId}",
            Line = 0,
            Message = $"forged run at ledger line {forged.Seq} ({forged.Time}): {forged.Detail}",
            Fix = verdict == ImplementationFinding.Allowed ? "certify may proceed for this component" : "certify keeps refusing this component until the auditor allows it",
            Hash = "",
            Verdict = verdict,
            Reason = reason,
        });
    }
}
