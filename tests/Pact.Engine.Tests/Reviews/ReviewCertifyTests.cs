using System.Text.Json;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Reviews;
using Pact.Engine.Tests.Judge;
using Pact.Health;
using Pact.Judge;
using Pact.Projects;
using Pact.Reviews;
using Pact.Serialization;

namespace Pact.Engine.Tests.Reviews;

/// <summary>The review gate of certify: an undecided Advocate critical/high finding refuses, the certificate lists the decisions, health counts the rejection.</summary>
public sealed class ReviewCertifyTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<CommandResult<CertifyReport>> CertifyAsync() => _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);

    [Fact]
    public async Task Certify_RefusesAnUndecidedHighFinding_BeforeAnySuiteRuns_ThenListsTheReviewOnceItIsDecided()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        var low = await ReviewFixture.StoredAsync(_f, ReviewFixture.Advocate(severity: "low"));
        var high = await ReviewFixture.StoredAsync(_f, ReviewFixture.Advocate());

        var refused = await CertifyAsync();

        var refusal = Assert.Single(refused.Diagnostics);
        Assert.Equal(ReviewCertifyGate.Unadjudicated, refusal.Rule);
        Assert.Equal(("src/calc/calc.py", 2), (refusal.File, refusal.Line));
        Assert.Contains($"{high.Id}/F1", refusal.Message, StringComparison.Ordinal);
        Assert.Null(refused.Data);
        Assert.False(File.Exists(Path.Combine(_f.Project, "certification", "certification.json")));

        Assert.True((await ReviewFixture.AdjudicateAsync(_f, high.Id, "F1", "accepted_risk", "the form limits inputs to six digits")).Ok);
        var certified = await CertifyAsync();

        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
        Assert.Equal(new[] { low.Id, high.Id }.Order(StringComparer.Ordinal), certified.Data!.Reviews.Select(r => r.Id).Order(StringComparer.Ordinal));
        var decided = Assert.Single(certified.Data.Reviews, r => r.Id == high.Id).Adjudications;
        Assert.Equal(("F1", ReviewDecision.AcceptedRisk), (Assert.Single(decided).Item, decided[0].Decision));
        var envelope = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(_f.Project, "certification", "certification.json")), PactJson.Context.DsseEnvelope)!;
        var statement = JsonSerializer.Deserialize(Convert.FromBase64String(envelope.Payload), PactJson.Context.InTotoStatement)!;
        Assert.Equal(2, statement.Predicate.Reviews.Count);
    }

    [Fact]
    public async Task WithAnAuditor_ADecisionWrittenIntoTheProjectByHand_DoesNotCount()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, _f.Dir.Combine("audit"), Ct)).Ok);
        var review = await ReviewFixture.StoredAsync(_f, ReviewFixture.Advocate(severity: "critical"));
        // The implementer writes the decision file itself: the judge's ledger has no such entry.
        var forged = new ReviewAdjudications { Entries = [new ReviewAdjudication { ReviewId = review.Id, Item = "F1", Decision = ReviewDecision.AcceptedRisk, Reason = "nobody will ever notice this", Time = "2026-11-26T10:00:00Z", Role = "audit" }] };
        File.WriteAllText(Path.Combine(_f.Project, ".pact", "reviews", review.Id, "adjudications.json"), JsonSerializer.Serialize(forged, PactJson.Context.ReviewAdjudications));

        var refused = await CertifyAsync();

        Assert.Contains("is not in the judge's ledger", Assert.Single(refused.Diagnostics, d => d.Rule == ReviewCertifyGate.Unadjudicated).Message, StringComparison.Ordinal);

        var decided = await ReviewFixture.AdjudicateAsync(_f, review.Id, "F1", "accepted_risk", "the auditor read the overflow path and bounds it upstream");
        Assert.True(decided.Ok, string.Join("\n", decided.Diagnostics));
        Assert.Equal("audit", decided.Data!.Adjudication.Role);
        Assert.DoesNotContain((await CertifyAsync()).Diagnostics, d => d.Rule == ReviewCertifyGate.Unadjudicated);
    }

    [Fact]
    public async Task Health_CountsAnAdvocateReviewThatRejectedTheWork_InTheRejectionRate()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        Assert.True((await _f.TestAsync()).Ok);
        await ReviewFixture.StoredAsync(_f, ReviewFixture.Advocate(severity: "critical"));
        await ReviewFixture.StoredAsync(_f, ReviewFixture.Advocate(severity: "info", evidence: "add has no docstring naming the integer range"));

        var health = (await _f.Get<Pact.Engine.Health.HealthService>().ReportAsync(_f.Project, Ct)).Data!;

        Assert.Equal((2, 1), (health.Metrics.Reviews, health.Metrics.ReviewRejections));
        Assert.Equal((0 + 1) / (1.0 + 2), HealthFormulas.RejectionRate(health.Metrics), 6);
    }
}
