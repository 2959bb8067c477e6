using Pact.Projects;

namespace Pact.Core.Tests.Projects;

/// <summary>A component's state, from what is on disk for it and the judge's last runs.</summary>
public sealed class ComponentStatesTests
{
    private static ComponentSummary Component(bool contract = false, bool tests = false, bool code = false, string? claimedBy = null) => new()
    {
        Id = "money",
        Name = "Money",
        Type = "leaf",
        Depth = 1,
        Status = default,
        HasContract = contract,
        HasTests = tests,
        TestCount = tests ? 4 : 0,
        HasImplementation = code,
        ClaimedBy = claimedBy,
    };

    [Fact]
    public void TheArtifacts_TakeAComponentFromPendingToTested()
    {
        Assert.Equal(ComponentState.Pending, ComponentStates.Of(Component(), null, null, certified: false));
        Assert.Equal(ComponentState.Contracted, ComponentStates.Of(Component(contract: true), null, null, false));
        Assert.Equal(ComponentState.Tested, ComponentStates.Of(Component(contract: true, tests: true), null, null, false));
    }

    [Fact]
    public void AClaimOrCodeWithoutAVerdict_IsImplementing_AndTheJudgesLastRunsDecideTheRest()
    {
        Assert.Equal(ComponentState.Implementing, ComponentStates.Of(Component(true, true, claimedBy: "worker-1"), null, null, false));
        Assert.Equal(ComponentState.Implementing, ComponentStates.Of(Component(true, true, code: true), null, null, false));
        Assert.Equal(ComponentState.Passing, ComponentStates.Of(Component(true, true, code: true), true, null, false));
        Assert.Equal(ComponentState.Passing, ComponentStates.Of(Component(true, true, code: true), true, true, false));
        // A hidden run that failed outweighs a visible one that passed.
        Assert.Equal(ComponentState.Failing, ComponentStates.Of(Component(true, true, code: true), true, false, false));
        Assert.Equal(ComponentState.Failing, ComponentStates.Of(Component(true, true, code: true), false, null, false));
    }

    [Fact]
    public void ACertificate_CoversEveryComponentWithAContract()
    {
        Assert.Equal(ComponentState.Certified, ComponentStates.Of(Component(true, true, code: true), true, true, certified: true));
        Assert.Equal(ComponentState.Pending, ComponentStates.Of(Component(), null, null, certified: true));
    }
}
