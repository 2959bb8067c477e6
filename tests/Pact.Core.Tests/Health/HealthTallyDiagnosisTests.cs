using Pact.Audit;
using Pact.Health;
using Pact.Judge;

namespace Pact.Core.Tests.Health;

/// <summary>What status's diagnose step reads from the log: visible failures in a row, and the verdicts that still stand.</summary>
public sealed class HealthTallyDiagnosisTests
{
    private static AuditEvent Test(SuiteStatus status) => new()
    {
        Timestamp = "2026-12-07T10:00:00Z",
        Action = AuditActions.Test,
        Runs = [new AuditRun { ComponentId = "money", Kind = SuiteKind.Visible, Status = status, Total = 2, Passed = status == SuiteStatus.Passed ? 2 : 1, Failed = status == SuiteStatus.Passed ? 0 : 1 }],
    };

    private static AuditEvent Event(string action, string detail = "") => new() { Timestamp = "2026-12-07T10:00:00Z", Action = action, ComponentId = "money", Detail = detail };

    [Fact]
    public void FailuresInARow_AreCounted_UntilAPassOrADiagnosis()
    {
        var tally = new HealthTally();
        foreach (var e in new[] { Test(SuiteStatus.Failed), Test(SuiteStatus.Failed), Test(SuiteStatus.Failed) })
        {
            tally.Add(e);
        }

        Assert.Equal(3, tally.VisibleFailStreak["money"]);
        tally.Add(Event(AuditActions.Diagnosis, "implementation: round half up"));
        Assert.False(tally.VisibleFailStreak.ContainsKey("money"));
        Assert.Empty(tally.OpenDiagnoses);

        tally.Add(Test(SuiteStatus.Failed));
        tally.Add(Test(SuiteStatus.Passed));
        Assert.False(tally.VisibleFailStreak.ContainsKey("money"));
    }

    [Fact]
    public void AContractVerdict_StandsUntilTheContractIsAmended_AndAPersonsUntilANewDiagnosisOrAPass()
    {
        var tally = new HealthTally();
        tally.Add(Event(AuditActions.Diagnosis, "contract: allow negative amounts"));
        Assert.Equal("contract: allow negative amounts", tally.OpenDiagnoses["money"]);
        tally.Add(Test(SuiteStatus.Failed));
        Assert.True(tally.OpenDiagnoses.ContainsKey("money"));
        tally.Add(Event(AuditActions.Contract));
        Assert.Empty(tally.OpenDiagnoses);

        tally.Add(Event(AuditActions.Diagnosis, "human: which rounding?"));
        tally.Add(Event(AuditActions.Contract));
        Assert.True(tally.OpenDiagnoses.ContainsKey("money"));
        tally.Add(Test(SuiteStatus.Passed));
        Assert.Empty(tally.OpenDiagnoses);
    }
}
