namespace Pact.Reviews;

/// <summary>How bad a review finding is; an Advocate's critical and high findings block certification until adjudicated.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    Critical,
    High,
    Medium,
    Low,
    Info,
}
