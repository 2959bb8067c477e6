namespace Pact.Shaping;

public sealed record RegionMap
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Regions { get; set; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyDictionary<string, string>? Annotations { get; init; }
}
