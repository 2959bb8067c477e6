using Pact.Production;

namespace Pact.Engine.Production;

/// <summary>
/// Reads the evidence Pact itself produced, the same artifacts <c>pact status</c> reads: components and their
/// contracts and locked suites, the runs in the project log, the hidden masters, analysis and checklist, Advocate
/// reviews, the certificate, and the static checks.
/// </summary>
public sealed class DerivedEvidenceReader(ComponentsService components, Reviews.ReviewArchive reviews)
{
    internal async Task<IReadOnlyDictionary<DerivedEvidence, DerivedFinding>> ReadAsync(Project project, IReadOnlyList<StaticCheckResult> checks, CancellationToken cancellationToken)
    {
        var layout = project.Layout;
        var found = new Dictionary<DerivedEvidence, DerivedFinding>();
        void Add(DerivedEvidence evidence, bool satisfied, string detail, string file) =>
            found[evidence] = new DerivedFinding { Evidence = evidence, State = satisfied ? GateItemState.Satisfied : GateItemState.Missing, Detail = detail, File = file };

        var (listing, _) = await components.ReadAsync(layout, cancellationToken);
        var all = listing.Components;
        var leaves = all.Where(c => c.Type == "leaf").Select(c => c.Id).ToList();
        var tree = layout.Relative(layout.TreeJson);
        if (all.Count == 0)
        {
            foreach (var evidence in new[] { DerivedEvidence.Contracts, DerivedEvidence.ContractTests, DerivedEvidence.TestResults, DerivedEvidence.GoodhartTests })
            {
                Add(evidence, false, "the project has no decomposition yet", tree);
            }
        }
        else
        {
            var noContract = all.Where(c => c.Type == "leaf" && !c.HasContract).Select(c => c.Id).ToList();
            Add(DerivedEvidence.Contracts, noContract.Count == 0, noContract.Count == 0 ? $"{all.Count(c => c.HasContract)} contract(s)" : $"no contract for {string.Join(", ", noContract)}",
                layout.Relative(noContract.Count == 0 ? layout.ContractsDir : layout.ContractJson(noContract[0])));
            var noSuite = all.Where(c => (c.Type == "leaf" || c.HasContract) && !c.HasTests).Select(c => c.Id).ToList();
            Add(DerivedEvidence.ContractTests, noSuite.Count == 0, noSuite.Count == 0 ? $"{all.Count(c => c.HasTests)} locked suite(s)" : $"no locked suite for {string.Join(", ", noSuite)}",
                layout.Relative(noSuite.Count == 0 ? layout.TestsDir : layout.SuiteJson(noSuite[0])));

            var log = await ProjectLog.ReadAsync(layout.AuditLog, null, cancellationToken);
            var notPassed = leaves.Where(id => !log.Tally.LatestVisiblePassed.GetValueOrDefault(id)).ToList();
            Add(DerivedEvidence.TestResults, notPassed.Count == 0, notPassed.Count == 0 ? $"the latest visible run of {leaves.Count} component(s) passed" : $"no passing visible run for {string.Join(", ", notPassed)}", layout.Relative(layout.AuditLog));
            Add(DerivedEvidence.GoodhartTests, HiddenPassed(new Judge.JudgeLayout(layout, project.Config), leaves, log.Tally, out var detail), detail, layout.Relative(layout.AuditLog));
        }

        var analysis = Path.Combine(layout.Root, "analysis.json");
        Add(DerivedEvidence.Analysis, File.Exists(analysis), File.Exists(analysis) ? "written by `pact analyze`" : "no analysis; run `pact analyze`", layout.Relative(analysis));
        var checklist = Path.Combine(layout.Root, "checklist.json");
        Add(DerivedEvidence.Checklist, File.Exists(checklist), File.Exists(checklist) ? "written by `pact checklist`" : "no checklist; run `pact checklist`", layout.Relative(checklist));

        var (stored, _) = await reviews.ReadAsync(layout, cancellationToken);
        var advocate = stored.Where(r => r.Review.Reviewer == Pact.Reviews.Reviewer.Advocate).ToList();
        var closed = advocate.FirstOrDefault(r => r.Open.Count == 0);
        Add(DerivedEvidence.Review, advocate.Count > 0 && advocate.All(r => r.Open.Count == 0),
            advocate.Count == 0 ? "no Advocate review; run or submit one (`pact review`)" : closed is not null && advocate.All(r => r.Open.Count == 0) ? $"Advocate review {closed.Review.Id}, nothing open" : "an Advocate review has findings or questions not yet adjudicated",
            layout.Relative(closed is null ? layout.ReviewsDir : layout.ReviewDir(closed.Review.Id)));

        Add(DerivedEvidence.Certification, File.Exists(layout.CertificateJson), File.Exists(layout.CertificateJson) ? "certified by `pact certify`" : "not certified; run `pact certify`", layout.Relative(layout.CertificateJson));

        foreach (var check in checks)
        {
            found[check.Check] = new DerivedFinding
            {
                Evidence = check.Check,
                // Not detected is reported as missing evidence, never as a failed check.
                State = check.Status switch { StaticCheckStatus.Pass => GateItemState.Satisfied, StaticCheckStatus.Fail => GateItemState.Failed, _ => GateItemState.Missing },
                Detail = check.Evidence.Count > 0 && check.Status == StaticCheckStatus.Fail ? $"{check.Summary}: {string.Join("; ", check.Evidence.Take(3))}" : check.Summary,
                File = check.Status == StaticCheckStatus.Fail && check.Evidence.Count > 0 ? check.Evidence[0].Split(':', ' ')[0] : ".",
            };
        }

        return found;
    }

    private static bool HiddenPassed(Judge.JudgeLayout judge, IReadOnlyList<string> leaves, Pact.Health.HealthTally tally, out string detail)
    {
        IReadOnlyList<string> hidden;
        try
        {
            hidden = judge.Components(SuiteKind.Hidden);
        }
        catch (UnauthorizedAccessException)
        {
            // Separate-user mode: this user cannot see the masters; the judge's runs are what the log reports.
            hidden = leaves;
        }

        var noSuite = leaves.Except(hidden, StringComparer.Ordinal).ToList();
        var notPassed = leaves.Where(id => !tally.LatestHiddenPassed.GetValueOrDefault(id)).ToList();
        detail = noSuite.Count > 0 ? $"no hidden (Goodhart) suite for {string.Join(", ", noSuite)}"
            : notPassed.Count > 0 ? $"no passing hidden run for {string.Join(", ", notPassed)}"
            : $"the latest hidden run of {leaves.Count} component(s) passed";
        return leaves.Count > 0 && noSuite.Count == 0 && notPassed.Count == 0;
    }
}
