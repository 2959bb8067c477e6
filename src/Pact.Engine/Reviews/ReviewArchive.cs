using Pact.Reviews;

namespace Pact.Engine.Reviews;

/// <summary>Reads the reviews under .pact/reviews/ (each through the review schema) and their decisions, oldest first.</summary>
public sealed class ReviewArchive(ProjectStore store)
{
    public async Task<(IReadOnlyList<StoredReview> Reviews, IReadOnlyList<Diagnostic> Problems)> ReadAsync(ProjectLayout layout, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(layout.ReviewsDir))
        {
            return ([], []);
        }

        var reviews = new List<StoredReview>();
        var problems = new List<Diagnostic>();
        foreach (var id in Directory.EnumerateDirectories(layout.ReviewsDir).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (await ReadAsync(layout, id!, cancellationToken) is var (review, problem) && review is not null)
            {
                reviews.Add(review);
            }
            else if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return ([.. reviews.OrderBy(r => r.Review.Time, StringComparer.Ordinal)], problems);
    }

    /// <summary>One review by id; null with a problem when it is missing or does not read.</summary>
    public async Task<(StoredReview? Review, Diagnostic? Problem)> ReadAsync(ProjectLayout layout, string id, CancellationToken cancellationToken)
    {
        var read = await store.ReadAsync(layout, layout.ReviewJson(id), ArtifactKind.Review, PactJson.Context.Review, cancellationToken);
        if (read is null)
        {
            return (null, new Diagnostic { Rule = "review.unknown", File = layout.Relative(layout.ReviewDir(id)), Message = $"the project has no review '{id}'", Fix = $"see the reviews under {layout.Relative(layout.ReviewsDir)}/ (`pact status` lists those that need adjudication)" });
        }

        if (!read.Ok)
        {
            return (null, read.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) ?? new Diagnostic { Rule = "review.unreadable", File = layout.Relative(layout.ReviewJson(id)), Message = "the review does not read", Fix = "restore it" });
        }

        var path = layout.ReviewAdjudicationsJson(id);
        var decisions = File.Exists(path) ? Decisions(await File.ReadAllTextAsync(path, cancellationToken)) : [];
        return (new StoredReview(read.Value!, decisions), null);
    }

    // Pact writes this file and nothing else reads it: a broken one counts as no decisions, so certify keeps refusing.
    private static IReadOnlyList<ReviewAdjudication> Decisions(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, PactJson.Context.ReviewAdjudications)?.Entries ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
