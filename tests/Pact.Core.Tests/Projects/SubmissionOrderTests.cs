using Pact.Projects;

namespace Pact.Core.Tests.Projects;

public sealed class SubmissionOrderTests
{
    [Fact]
    public void EachRule_IsSilent_OnceThePhaseItNeedsIsDone()
    {
        Assert.Empty(SubmissionOrder.Decompose(interviewed: true, "/p", "tree.json"));
        Assert.Empty(SubmissionOrder.Hidden("calc", visibleLocked: true, "/p", "hidden.json"));
        Assert.Empty(SubmissionOrder.Handoff("calc", visibleStored: true, hiddenStored: true, "/p", "tests/calc/contract_test_suite.json"));
        // Unknown (the audit directory unreadable here, or none yet): the brief is not held back on a guess.
        Assert.Empty(SubmissionOrder.Handoff("calc", visibleStored: true, hiddenStored: null, "/p", "tests/calc/contract_test_suite.json"));
    }

    [Theory]
    [InlineData("decompose", "order.interview_first", "interview phase", "pact interview /p --file interview.json", "pact_interview")]
    [InlineData("hidden", "order.visible_suite_first", "contract phase", "pact tests /p calc --file suite.json", "pact_tests")]
    [InlineData("handoff without a visible suite", "order.suites_first", "contract phase", "pact tests /p calc --file suite.json", "pact_tests")]
    [InlineData("handoff without a hidden suite", "order.suites_first", "contract phase", "pact goodhart /p calc --file hidden.json", "pact_goodhart")]
    public void AnOutOfOrderSubmission_IsOneError_NamingThePhaseAndTheStep(string submission, string rule, string phase, string command, string tool)
    {
        var found = submission switch
        {
            "decompose" => SubmissionOrder.Decompose(interviewed: false, "/p", "tree.json"),
            "hidden" => SubmissionOrder.Hidden("calc", visibleLocked: false, "/p", "hidden.json"),
            "handoff without a visible suite" => SubmissionOrder.Handoff("calc", visibleStored: false, hiddenStored: false, "/p", "tests/calc/contract_test_suite.json"),
            _ => SubmissionOrder.Handoff("calc", visibleStored: true, hiddenStored: false, "/p", "tests/calc/contract_test_suite.json"),
        };

        var error = Assert.Single(found);
        Assert.Equal((rule, Pact.Diagnostics.Severity.Error), (error.Rule, error.Severity));
        Assert.StartsWith("out of order: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(phase, error.Message, StringComparison.Ordinal);
        Assert.Contains($"`{command}`", error.Fix, StringComparison.Ordinal);
        Assert.Contains(tool, error.Fix, StringComparison.Ordinal);
    }
}
