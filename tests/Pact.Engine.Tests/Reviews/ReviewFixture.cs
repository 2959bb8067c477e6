using Pact.Documents;
using Pact.Engine.Reviews;
using Pact.Engine.Tests.Judge;
using Pact.Projects;
using Pact.Reviews;

namespace Pact.Engine.Tests.Reviews;

/// <summary>The calc project of <see cref="JudgeFixture"/> with reviews submitted and adjudicated through the real services.</summary>
internal static class ReviewFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An Advocate review of calc with one finding of <paramref name="severity"/> at <paramref name="location"/> (JSON).</summary>
    public static string Advocate(string severity = "high", string location = """{ "file": "src/calc/calc.py", "line": 2 }""", string evidence = "add(10**20, 1) returns a number the 64-bit contract cannot hold") => $$"""
        { "target": { "components": ["calc"] }, "claim": "calc is done", "reviewer": "advocate", "source": { "kind": "host_agent", "name": "test" },
          "findings": [ { "severity": "{{severity}}", "location": {{location}}, "evidence": "{{evidence}}", "recommendation": "bound both inputs to 64-bit integers and raise OverflowError beyond" } ] }
        """;

    public static Task<CommandResult<ReviewReport>> SubmitAsync(JudgeFixture f, string json) =>
        f.Get<ReviewService>().SubmitAsync(f.Project, DocumentParser.Parse(json, "review.json"), Ct);

    public static async Task<Review> StoredAsync(JudgeFixture f, string json)
    {
        var stored = await SubmitAsync(f, json);
        Assert.True(stored.Ok, string.Join("\n", stored.Diagnostics));
        return stored.Data!.Review;
    }

    public static Task<CommandResult<ReviewAdjudicationReport>> AdjudicateAsync(JudgeFixture f, string review, string item, string decision, string reason) =>
        f.Get<ReviewAdjudicationService>().AdjudicateAsync(f.Project, review, item, decision, reason, Ct);
}
