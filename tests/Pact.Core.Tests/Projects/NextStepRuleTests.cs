using Pact.Projects;
using Pact.State;

namespace Pact.Core.Tests.Projects;

/// <summary>The order of the work as the pure rule gives it, one fact at a time, and never backwards once certified.</summary>
public sealed class NextStepRuleTests
{
    private static readonly ProjectProgress Fresh = new() { Root = "/p/ledger" };

    /// <summary>Each step's facts, the tool the rule must name then, and the phase.</summary>
    public static TheoryData<string, string, Phase> Walk() => new()
    {
        { "fresh", "pact_spec_apply", Phase.Interview },
        { "task", "pact_interview", Phase.Interview },
        { "interviewed", "pact_decompose", Phase.Decompose },
        { "decomposed", "pact_contract", Phase.Contract },
        { "contracts", "pact_tests", Phase.Contract },
        { "suites", "pact_audit_init", Phase.Contract },
        { "audit", "pact_goodhart", Phase.Contract },
        { "hidden", "pact_handoff", Phase.Implement },
        { "code", "pact_test", Phase.Implement },
        { "tested", "pact_polish", Phase.Polish },
        { "polished", "pact_review", Phase.Polish },
        { "reviewed", "pact_certify", Phase.Polish },
        { "certified", "pact_certify", Phase.Complete },
    };

    [Theory]
    [MemberData(nameof(Walk))]
    public void EachFact_LeadsToTheNextStep(string reached, string tool, Phase phase)
    {
        var (actualPhase, next) = NextStepRule.Of(At(reached));

        Assert.Equal((tool, phase), (next.Tool, actualPhase));
        Assert.Contains("/p/ledger", next.Command, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstComponentMissingAnArtifact_IsTheOneNamed()
    {
        var next = NextStepRule.Of(At("decomposed") with { NeedContract = ["money", "accounts"] }).Next;

        Assert.Equal("pact contract /p/ledger money --file contract.json", next.Command);
        Assert.StartsWith("2 component(s)", next.Reason, StringComparison.Ordinal);
    }

    /// <summary>A component failing run after run is diagnosed (the seed's recovery state), and its verdict routes it on.</summary>
    [Fact]
    public void AComponentThatKeepsFailing_IsDiagnosed_AndAnOpenVerdictSendsItToTheContractOrAPerson()
    {
        var failing = At("code") with { NeedTest = ["money"], NeedDiagnosis = new Dictionary<string, int> { ["money"] = 3 } };

        var (phase, diagnose) = NextStepRule.Of(failing);

        Assert.Equal((Phase.Diagnose, "pact_diagnose", "money"), (phase, diagnose.Tool, diagnose.ComponentId));
        Assert.Contains("failed its visible suite 3 runs in a row", diagnose.Reason, StringComparison.Ordinal);
        Assert.Contains("the `diagnose` prompt", diagnose.Reason, StringComparison.Ordinal);
        Assert.Null(diagnose.ForPerson);

        var contract = NextStepRule.Of(failing with { NeedDiagnosis = new Dictionary<string, int>(), OpenDiagnoses = new Dictionary<string, string> { ["money"] = "contract: allow negative amounts" } });
        Assert.Equal((Phase.Diagnose, "pact contract /p/ledger money --file contract.json"), (contract.Phase, contract.Next.Command));
        Assert.Contains("(allow negative amounts)", contract.Next.Reason, StringComparison.Ordinal);

        var person = NextStepRule.Of(failing with { OpenDiagnoses = new Dictionary<string, string> { ["money"] = "human: which rounding?" } }).Next;
        Assert.Equal(("pact_diagnose", true), (person.Tool, person.ForPerson));
        Assert.Contains("ask the user", person.Reason, StringComparison.Ordinal);

        // Still failing, but fewer times than the attempts allow: another run, not a diagnosis.
        Assert.Equal("pact_test", NextStepRule.Of(At("code") with { NeedTest = ["money"] }).Next.Tool);
    }

    [Fact]
    public void ParallelWorkers_AreSentToAComponentNobodyClaimed()
    {
        var progress = At("hidden") with { NeedCode = ["money", "accounts", "report"], Claimed = new Dictionary<string, string> { ["money"] = "worker-1" } };

        var next = NextStepRule.Of(progress).Next;

        Assert.Equal(("pact handoff /p/ledger accounts", "accounts"), (next.Command, next.ComponentId));
        Assert.Contains("1 claimed: money by worker-1", next.Reason, StringComparison.Ordinal);
        Assert.Contains("claim it first (pact_claim)", next.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenEveryWaitingComponentIsClaimed_TheStepSaysToWait()
    {
        var progress = At("hidden") with { NeedCode = ["money"], Claimed = new Dictionary<string, string> { ["money"] = "worker-1" } };

        var next = NextStepRule.Of(progress).Next;

        Assert.Equal("money", next.ComponentId);
        Assert.Contains("all claimed by workers (1 claimed: money by worker-1): wait for a release", next.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WithShapingOn_ThePitchComesBetweenTheInterviewAndTheDecomposition()
    {
        var (phase, next) = NextStepRule.Of(At("interviewed") with { NeedPitch = true });
        var afterwards = NextStepRule.Of(At("decomposed") with { NeedPitch = true }).Next;

        Assert.Equal((Phase.Shape, "pact_shape", "pact shape /p/ledger --file pitch.json"), (phase, next.Tool, next.Command));
        Assert.Equal("pact_contract", afterwards.Tool);
    }

    [Fact]
    public void ACertifiedProject_IsComplete_EvenWithTheInterviewSkipped()
    {
        var (phase, next) = NextStepRule.Of(Fresh with { Certified = true, TaskWritten = true });

        Assert.Equal(Phase.Complete, phase);
        Assert.Equal("pact certify /p/ledger --verify", next.Command);
    }

    [Fact]
    public void WithoutHiddenSuitesAsked_TheCodeFollowsTheVisibleSuites()
    {
        var next = NextStepRule.Of(At("audit") with { NeedHidden = [] }).Next;

        Assert.Equal("pact_handoff", next.Tool);
    }

    [Fact]
    public void AnUndecidedAdvocateFinding_ComesBeforeCertify_NamingTheReviewAndTheFinding()
    {
        var blocked = new Pact.Reviews.ReviewStatus { Id = "advocate-20261204_120000-1a2b3c4d", Reviewer = Pact.Reviews.Reviewer.Advocate, Open = ["F2", "F3"] };

        var (phase, next) = NextStepRule.Of(At("reviewed") with { NeedAdjudication = [blocked] });

        Assert.Equal((Phase.Polish, "pact_review_adjudicate"), (phase, next.Tool));
        Assert.StartsWith("pact review adjudicate /p/ledger advocate-20261204_120000-1a2b3c4d F2 ", next.Command, StringComparison.Ordinal);
        Assert.Equal("pact_certify", NextStepRule.Of(At("certified") with { NeedAdjudication = [blocked] }).Next.Tool);
    }

    /// <summary>The facts of a project that has just reached <paramref name="reached"/>; later artifacts are all missing.</summary>
    private static ProjectProgress At(string reached)
    {
        string[] order = ["fresh", "task", "interviewed", "decomposed", "contracts", "suites", "audit", "hidden", "code", "tested", "polished", "reviewed", "certified"];
        var n = Array.IndexOf(order, reached);
        Assert.True(n >= 0, reached);
        IReadOnlyList<string> Missing(string after) => n >= Array.IndexOf(order, after) ? [] : ["money"];
        return Fresh with
        {
            TaskWritten = n >= 1,
            Interviewed = n >= 2,
            Decomposed = n >= 3,
            NeedContract = Missing("contracts"),
            NeedSuite = Missing("suites"),
            NoAuditDirectory = n < Array.IndexOf(order, "audit"),
            NeedHidden = Missing("hidden"),
            NeedCode = Missing("code"),
            NeedTest = Missing("tested"),
            NeedPolish = Missing("polished"),
            NotReviewed = n < Array.IndexOf(order, "reviewed"),
            Certified = n >= Array.IndexOf(order, "certified"),
        };
    }
}
