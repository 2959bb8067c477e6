namespace Pact.Configuration;

public sealed record ModelTierConfig
{
    public string Primary { get; set; } = "claude-opus-4-6";
    public string Research { get; set; } = "claude-sonnet-4-5-20250929";
    public string Fast { get; set; } = "claude-haiku-4-5-20251001";
}
