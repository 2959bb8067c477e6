namespace Pact.Production;

/// <summary>A likely hard-coded secret: the rule that matched, where, and a redacted glimpse (never the value itself).</summary>
public sealed record SecretFinding
{
    public required string Rule { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }
    public required string Redacted { get; init; }

    public override string ToString() => $"{File}:{Line} {Rule} ({Redacted})";
}
