namespace Pact.Reviews;

/// <summary>
/// The decision on one review item: a finding is <c>fixed</c> (checked: its file changed since the review, or a
/// target's suite gained a test) or an <c>accepted_risk</c> with a reason; a Simulacrum question is <c>answered</c>.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ReviewDecision>))]
public enum ReviewDecision
{
    Fixed,
    AcceptedRisk,
    Answered,
}
