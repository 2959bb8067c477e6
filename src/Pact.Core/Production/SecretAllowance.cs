namespace Pact.Production;

/// <summary>A secret-scan rule allowed in one file, with the reason it is not a secret.</summary>
public sealed record SecretAllowance
{
    public required string File { get; init; }
    public required string Rule { get; init; }
    public required string Reason { get; init; }
    public string? Notes { get; init; }
}
