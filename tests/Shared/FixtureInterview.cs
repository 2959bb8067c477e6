namespace Pact.Tests;

/// <summary>
/// An approved interview, for fixtures that build a project up to its decomposition: the decomposition is refused
/// before an interview (order.interview_first), so they submit this one first, through the command they exercise.
/// </summary>
public static class FixtureInterview
{
    public const string Json = """
        { "risks": ["an input the task did not foresee"], "ambiguities": [], "questions": ["Which inputs are invalid?"],
          "assumptions": ["inputs are small"], "acceptance_criteria": ["every contracted function behaves as its contract says"],
          "user_answers": { "Which inputs are invalid?": "Those the contracts name as errors" }, "approved": true }
        """;
}
