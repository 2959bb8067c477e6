namespace Pact.Reviews;

/// <summary>Who wrote a review: Advocate reviews the implementation, Simulacrum stress-tests the architecture or a "done" claim.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Reviewer>))]
public enum Reviewer
{
    Advocate,
    Simulacrum,
}
