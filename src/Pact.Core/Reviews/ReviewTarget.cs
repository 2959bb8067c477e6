namespace Pact.Reviews;

/// <summary>What a review is about: the listed components, or the whole project when the list is empty.</summary>
public sealed record ReviewTarget
{
    public IReadOnlyList<string> Components { get; set; } = [];

    [JsonIgnore]
    public bool IsProject => Components.Count == 0;
}
