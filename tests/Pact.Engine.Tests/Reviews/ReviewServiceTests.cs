using System.Text.Json.Nodes;
using Pact.Engine.Projects;
using Pact.Engine.Reviews;
using Pact.Engine.Tests.Judge;
using Pact.Gates.Reviews;
using Pact.Hashing;
using Pact.Projects;
using Pact.Reviews;

namespace Pact.Engine.Tests.Reviews;

/// <summary>pact review submit and adjudicate over a real project: what is stored, what is refused (writing nothing), what "fixed" has to show.</summary>
public sealed class ReviewServiceTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string P(string relative) => Path.Combine(_f.Project, relative);

    private async Task CalcAsync()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
    }

    [Fact]
    public async Task Submit_StoresTheReview_WithTheFilesHash_TheSuiteSize_AndAnAuditEvent()
    {
        await CalcAsync();

        var stored = await ReviewFixture.SubmitAsync(_f, ReviewFixture.Advocate());

        Assert.True(stored.Ok, string.Join("\n", stored.Diagnostics));
        var review = stored.Data!.Review;
        Assert.Equal("advocate-20261126_100000-", review.Id[..25]);
        Assert.Equal(["F1"], stored.Data.Blocking);
        var kept = JsonNode.Parse(File.ReadAllText(P($".pact/reviews/{review.Id}/review.json")))!;
        using (var source = File.OpenRead(P("src/calc/calc.py")))
        {
            Assert.Equal(ContentHash.OfStream(source), (string?)kept["findings"]![0]!["location"]!["sha256"]);
        }

        Assert.Equal(2, (int)kept["baseline"]!["suite_cases"]!["calc"]!);
        Assert.Equal("2026-11-26T10:00:00.0000000+00:00", (string?)kept["time"]);
        Assert.Contains(File.ReadAllLines(P(".pact/audit.jsonl")), line => line.Contains("\"action\":\"review\"", StringComparison.Ordinal) && line.Contains(review.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_RefusesMissingPlaces_AndVagueFindings_WithPointers_AndWritesNothing()
    {
        await CalcAsync();
        var before = TreeSnapshot.Of(_f.Project);
        var json = """
            { "target": { "components": ["calc"] }, "claim": "calc is done", "reviewer": "advocate", "source": { "kind": "host_agent" },
              "findings": [
                { "severity": "critical", "location": { "file": "src/calc/missing.py", "line": 1 }, "evidence": "add ignores its second argument entirely", "recommendation": "return a + b and test add(2, 3)" },
                { "severity": "low", "location": { "file": "src/calc/calc.py", "line": 900 }, "evidence": "add ignores its second argument entirely", "recommendation": "return a + b and test add(2, 3)" },
                { "severity": "low", "location": { "contract": "calc", "pointer": "/functions/4" }, "evidence": "add ignores its second argument entirely", "recommendation": "return a + b and test add(2, 3)" },
                { "severity": "high", "location": { "contract": "calc", "pointer": "/functions/0" }, "evidence": "the add function may have issues", "recommendation": "consider refactoring it" } ] }
            """;

        var refused = await ReviewFixture.SubmitAsync(_f, json);

        Assert.Equal(Outcome.Invalid, refused.Outcome);
        Assert.Equal(
            [(ReviewGates.FileMissing, "/findings/0/location/file"), (ReviewGates.LineOutOfRange, "/findings/1/location/line"), (ReviewGates.ClauseMissing, "/findings/2/location/pointer"), (ReviewGates.EvidenceVague, "/findings/3/evidence"), (ReviewGates.RecommendationVague, "/findings/3/recommendation")],
            refused.Diagnostics.Select(d => (d.Rule, d.Pointer)));
        Assert.All(refused.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Fix)));
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task Submit_ASchemaError_NamesThePointer()
    {
        await CalcAsync();

        var refused = await ReviewFixture.SubmitAsync(_f, ReviewFixture.Advocate(severity: "urgent"));

        Assert.Contains(refused.Diagnostics, d => d.Pointer == "/findings/0/severity");
        Assert.False(Directory.Exists(P(".pact/reviews")));
    }

    [Fact]
    public async Task Fixed_IsRefusedUntilTheFileChanges_ThenRecordedWithWhatShowedIt()
    {
        await CalcAsync();
        var review = await ReviewFixture.StoredAsync(_f, ReviewFixture.Advocate());

        var unchanged = await ReviewFixture.AdjudicateAsync(_f, review.Id, "F1", "fixed", "add now bounds both inputs to 64 bits");
        Assert.Equal(ReviewAdjudicationService.NotFixed, Assert.Single(unchanged.Diagnostics).Rule);

        File.AppendAllText(P("src/calc/calc.py"), "\n# inputs are bounded by the caller's form\n");
        var fixedNow = await ReviewFixture.AdjudicateAsync(_f, review.Id, "F1", "fixed", "add now bounds both inputs to 64 bits");

        Assert.True(fixedNow.Ok, string.Join("\n", fixedNow.Diagnostics));
        Assert.StartsWith("src/calc/calc.py changed since the review", fixedNow.Data!.Adjudication.Evidence, StringComparison.Ordinal);
        Assert.Empty(fixedNow.Data.Open);
        Assert.Equal("solo", fixedNow.Data.Adjudication.Role);
    }

    [Fact]
    public async Task Fixed_AtAContractClause_IsShownByATestAddedToTheSuite()
    {
        await CalcAsync();
        var review = await ReviewFixture.StoredAsync(_f, ReviewFixture.Advocate(location: """{ "contract": "calc", "pointer": "/functions/0" }"""));
        var grown = _f.SuiteFile("calc", JudgeFixture.CalcTests + "def test_add_zero():\n    assert add(0, 7) == 7\n", [("test_add_small", "add", "adds small numbers"), ("test_add_negative", "add", "adds negative numbers"), ("test_add_zero", "add", "adds zero")], name: "grown.json");
        Assert.True((await _f.LockAsync("calc", grown)).Ok);

        var fixedNow = await ReviewFixture.AdjudicateAsync(_f, review.Id, "F1", "fixed", "test_add_zero pins the identity case");

        Assert.True(fixedNow.Ok, string.Join("\n", fixedNow.Diagnostics));
        Assert.Equal("the visible suite of calc grew from 2 to 3 case(s) since the review", fixedNow.Data!.Adjudication.Evidence);
    }

    [Fact]
    public async Task AcceptedRisk_NeedsASpecificReason_AndQuestionsAreAnswered()
    {
        await CalcAsync();
        var review = await ReviewFixture.StoredAsync(_f, ReviewFixture.Advocate());

        Assert.Equal("review.adjudicate.reason", Assert.Single((await ReviewFixture.AdjudicateAsync(_f, review.Id, "F1", "accepted_risk", "fine")).Diagnostics).Rule);
        Assert.Equal("review.adjudicate.bad_decision", Assert.Single((await ReviewFixture.AdjudicateAsync(_f, review.Id, "F1", "answered", "the form limits inputs to six digits")).Diagnostics).Rule);
        Assert.Equal("review.adjudicate.no_item", Assert.Single((await ReviewFixture.AdjudicateAsync(_f, review.Id, "F9", "accepted_risk", "the form limits inputs to six digits")).Diagnostics).Rule);
        var accepted = await ReviewFixture.AdjudicateAsync(_f, review.Id, "F1", "accepted_risk", "the form limits inputs to six digits");

        Assert.True(accepted.Ok, string.Join("\n", accepted.Diagnostics));
        Assert.Equal(ReviewDecision.AcceptedRisk, accepted.Data!.Adjudication.Decision);
        Assert.Contains("\"decision\": \"accepted_risk\"", File.ReadAllText(P($".pact/reviews/{review.Id}/adjudications.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASimulacrumReview_KeepsItsText_AndStatusShowsItNeedsAdjudication_UntilItsQuestionIsAnswered()
    {
        await CalcAsync();
        var review = await ReviewFixture.StoredAsync(_f, """
            { "target": {}, "claim": "calc is done", "reviewer": "simulacrum", "source": { "kind": "backend", "name": "claude", "model": "sonnet" },
              "text": "## A hostile user\nSends add('2', 3).", "questions": [ { "text": "Are strings ever passed to add?" } ] }
            """);
        Assert.Equal("## A hostile user\nSends add('2', 3).\n", File.ReadAllText(P($".pact/reviews/{review.Id}/simulacrum.md")));
        Assert.DoesNotContain("hostile", File.ReadAllText(P($".pact/reviews/{review.Id}/review.json")), StringComparison.Ordinal);

        var status = (await _f.Get<StatusService>().GetAsync(_f.Project, Ct)).Data!;
        var needing = Assert.Single(status.ReviewsNeedingAdjudication);
        Assert.Equal((review.Id, Reviewer.Simulacrum, "Q1"), (needing.Id, needing.Reviewer, Assert.Single(needing.Open)));

        Assert.True((await ReviewFixture.AdjudicateAsync(_f, review.Id, "Q1", "answered", "no: the only caller passes parsed integers")).Ok);
        Assert.Empty((await _f.Get<StatusService>().GetAsync(_f.Project, Ct)).Data!.ReviewsNeedingAdjudication);
    }
}
