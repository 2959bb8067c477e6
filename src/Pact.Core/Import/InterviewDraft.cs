using Pact.Interview;

namespace Pact.Import;

/// <summary>
/// The interview an import leaves: the source's open questions and clarification markers to answer, its edge cases
/// as ambiguities, its assumptions, risks and acceptance criteria. Never approved: the user still answers it.
/// </summary>
public static class InterviewDraft
{
    public static InterviewResult From(ImportedSpec spec) => new()
    {
        // The interview's gate refuses a question asked twice; the same marker in spec.md and plan.md is one question.
        Questions = Distinct(spec.Questions),
        Ambiguities = Distinct(spec.Ambiguities),
        Assumptions = Distinct(spec.Assumptions),
        Risks = Distinct(spec.Risks),
        AcceptanceCriteria = Distinct(spec.AcceptanceCriteria),
        Approved = false,
    };

    private static List<string> Distinct(IEnumerable<string> items) => [.. items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal)];
}
