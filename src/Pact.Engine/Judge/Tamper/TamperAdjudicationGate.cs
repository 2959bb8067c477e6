namespace Pact.Engine.Judge.Tamper;

/// <summary>What certify makes of the tamper scan: every finding the auditor has not allowed refuses the certificate.</summary>
public static class TamperAdjudicationGate
{
    public const string Unadjudicated = "certify.tamper_unadjudicated";
    public const string Refused = "certify.tamper_refused";

    public static IReadOnlyList<Diagnostic> Refusals(IReadOnlyList<ImplementationFinding> findings, string projectRoot) =>
    [
        .. findings.Where(f => f.Verdict != ImplementationFinding.Allowed).Select(f => f.Verdict == ImplementationFinding.Refused
            ? new Diagnostic
            {
                Rule = Refused, File = f.File, Line = f.Line,
                Message = $"not certified: the auditor refused {f.Rule} in {f.ComponentId} ({f.Message}): {f.Reason}",
                Fix = $"remove that code from {f.File}; a changed line is a new finding for the auditor to decide",
            }
            : new Diagnostic
            {
                Rule = Unadjudicated, File = f.File, Line = f.Line,
                Message = $"not certified: {f.Rule} in {f.ComponentId} ({f.Message}) has no auditor's decision (a decision on an earlier version of the line no longer applies)",
                Fix = $"remove it, or have the auditor decide: `pact adjudicate {projectRoot} {f.ComponentId} {f.Rule} --file {f.File} --line {f.Line} --verdict allowed|refused --reason \"…\"`",
            }),
    ];
}
