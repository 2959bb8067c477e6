using Pact.Gates;
using Pact.State;

namespace Pact.Projects;

/// <summary>
/// The seed's phase order, enforced where a submission would skip a phase: the decomposition is cut to an interview,
/// the hidden suite is written knowing what the visible one covers, and an implementer is briefed only once the law it
/// will be judged by is written (so no test is shaped by an implementation). Each refusal names the phase the
/// submission needs and the step that reaches it; what is already refused elsewhere (a suite without a contract, a
/// contract outside the decomposition) is not repeated here.
/// </summary>
public static class SubmissionOrder
{
    public const string InterviewFirst = "order.interview_first";
    public const string VisibleFirst = "order.visible_suite_first";
    public const string SuitesFirst = "order.suites_first";

    /// <summary>A decomposition needs an interview (its risks, assumptions and acceptance criteria are what it is cut to).</summary>
    public static IEnumerable<Diagnostic> Decompose(bool interviewed, string root, string file)
    {
        if (!interviewed)
        {
            yield return Refusal(InterviewFirst, file, Phase.Interview, "the decomposition comes after the interview, and decomposition/interview.json is not there",
                $"pact interview {root} --file interview.json", "pact_interview");
        }
    }

    /// <summary>A hidden suite needs the component's visible suite locked first: the auditor writes what it does not cover.</summary>
    public static IEnumerable<Diagnostic> Hidden(string componentId, bool visibleLocked, string root, string file)
    {
        if (!visibleLocked)
        {
            yield return Refusal(VisibleFirst, file, Phase.Contract, $"'{componentId}' has no locked visible suite: the hidden suite comes after it, and tests what it leaves out",
                $"pact tests {root} {componentId} --file suite.json", "pact_tests");
        }
    }

    /// <summary>
    /// A brief needs every suite the component will be judged by: the visible one, and the hidden one when the
    /// readiness profile asks for it (null when this user cannot tell, as in separate-user mode).
    /// </summary>
    public static IEnumerable<Diagnostic> Handoff(string componentId, bool visibleStored, bool? hiddenStored, string root, string file)
    {
        if (!visibleStored)
        {
            yield return Refusal(SuitesFirst, file, Phase.Contract, $"'{componentId}' has no visible test suite: the code comes after the tests it is judged by",
                $"pact tests {root} {componentId} --file suite.json", "pact_tests");
        }
        else if (hiddenStored == false)
        {
            yield return Refusal(SuitesFirst, file, Phase.Contract, $"the readiness profile asks for hidden suites and '{componentId}' has none: the auditor writes it before any code",
                $"pact goodhart {root} {componentId} --file hidden.json", "pact_goodhart");
        }
    }

    private static Diagnostic Refusal(string rule, string file, Phase needs, string message, string command, string tool) =>
        Findings.Error(rule, file, "", $"out of order: {message} (it needs the {needs.ToString().ToLowerInvariant()} phase)", $"take that step first: `{command}` (MCP: {tool})");
}
