namespace Pact.Configuration;

public sealed record ModelTierConfig
{
    public string Primary { get; init; } = "claude-opus-4-6";
    public string Research { get; init; } = "claude-sonnet-4-5-20250929";
    public string Fast { get; init; } = "claude-haiku-4-5-20251001";
}
