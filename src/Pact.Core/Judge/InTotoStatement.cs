namespace Pact.Judge;

/// <summary>An in-toto Statement v1 (field names as the in-toto specification spells them).</summary>
public sealed record InTotoStatement
{
    public const string TypeV1 = "https://in-toto.io/Statement/v1";
    public const string PactPredicate = "https://pact.local/certification/v1";

    [JsonPropertyName("_type")]
    public string Type { get; set; } = TypeV1;

    [JsonPropertyName("subject")]
    public IReadOnlyList<InTotoSubject> Subject { get; set; } = [];

    [JsonPropertyName("predicateType")]
    public string PredicateType { get; set; } = PactPredicate;

    [JsonPropertyName("predicate")]
    public required CertificationPredicate Predicate { get; init; }
}
