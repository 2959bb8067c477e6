using Pact.Engine.Gates;
using Pact.Engine.Judge;
using Pact.Gates.Reviews;
using Pact.Hashing;
using Pact.Reviews;

namespace Pact.Engine.Reviews;

/// <summary>
/// <c>pact review submit</c> (<c>pact_review</c>): stores an Advocate or Simulacrum review under
/// .pact/reviews/&lt;id&gt;/ once its schema and gates pass (a refused review writes nothing), with the hash of each
/// file a finding names and each target suite's size, so a later "fixed" can be checked. Adjudicating is
/// <see cref="ReviewAdjudicationService"/>.
/// </summary>
public sealed class ReviewService(ProjectStore store, ProjectReader reader, ReviewBaselines baselines)
{
    public const string SubmitCommand = "review submit";

    public async Task<CommandResult<ReviewReport>> SubmitAsync(string directory, ParsedDocument document, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<ReviewReport>(SubmitCommand, outcome, diagnostics);
        }

        var read = ArtifactReader.Read(ArtifactKind.Review, document, PactJson.Context.Review);
        if (!read.Ok)
        {
            return CommandResults.Fail<ReviewReport>(SubmitCommand, Outcome.Invalid, read.Diagnostics);
        }

        var review = Numbered(read.Value!);
        var layout = project.Layout;
        var artifacts = (await reader.ReadAsync(project, checkSyntax: false, cancellationToken)).Artifacts;
        var scope = new ReviewScope
        {
            Components = artifacts.Tree?.Nodes.Keys.ToHashSet(StringComparer.Ordinal) ?? [],
            Contracts = artifacts.Contracts,
            LineCount = path => baselines.LineCount(layout, path),
        };
        var found = ReviewGates.Check(review, scope, document.File);
        if (found.Any(d => d.Severity == Severity.Error))
        {
            return CommandResults.Fail<ReviewReport>(SubmitCommand, Outcome.Invalid, found);
        }

        var now = store.Time.GetUtcNow();
        review.Findings = [.. review.Findings.Select(f => f with { Location = f.Location with { Sha256 = baselines.Hash(layout, f.Location.Path!) } })];
        review.Baseline = new ReviewBaseline { SuiteCases = await baselines.SuiteCasesAsync(new JudgeLayout(layout, project.Config), review.Target, cancellationToken) };
        // The id sorts by time and names the content (without the time), so the same review stored twice is told apart only by when.
        review.Id = $"{review.Reviewer.ToString().ToLowerInvariant()}-{now.UtcDateTime:yyyyMMdd_HHmmss}-{ContentHash.Of(review, PactJson.Context.Review)[..8]}";
        review.Time = now.ToString("O", CultureInfo.InvariantCulture);
        var text = review.Text;
        review.Text = null;
        var writes = new List<StagedWrite> { ProjectStore.Json(layout.ReviewJson(review.Id), review, PactJson.Context.Review) };
        if (text is not null)
        {
            writes.Add(StagedWrite.Text(layout.SimulacrumMd(review.Id), text.EndsWith('\n') ? text : text + "\n"));
        }

        var blocking = review.Findings.Where(f => ReviewFinding.Blocks(review.Reviewer, f)).Select(f => f.Id).ToList();
        var detail = $"{review.Reviewer.ToString().ToLowerInvariant()} review {review.Id} of {(review.Target.IsProject ? "the project" : string.Join(", ", review.Target.Components))}: {review.Findings.Count} finding(s), {blocking.Count} blocking, {review.Questions.Count} question(s)";
        var written = await store.CommitAsync(layout, AuditActions.Review, detail, writes, cancellationToken, review.Target.Components.Count == 1 ? review.Target.Components[0] : null);
        if (written is null)
        {
            return CommandResults.Fail<ReviewReport>(SubmitCommand, Outcome.Busy, store.Busy(layout));
        }

        return CommandResults.Ok(SubmitCommand, new ReviewReport { ProjectDir = layout.Root, Review = review with { Text = text }, Blocking = blocking, Written = written }, found);
    }

    /// <summary>Findings and questions without an id get F1, F2, … and Q1, Q2, … by position.</summary>
    private static Review Numbered(Review review) => review with
    {
        Findings = [.. review.Findings.Select((f, i) => f.Id.Length > 0 ? f : f with { Id = $"F{i + 1}" })],
        Questions = [.. review.Questions.Select((q, i) => q.Id.Length > 0 ? q : q with { Id = $"Q{i + 1}" })],
    };
}
