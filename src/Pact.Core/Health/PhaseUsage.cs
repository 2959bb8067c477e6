namespace Pact.Health;

/// <summary>Reported usage of one phase, summed over its records.</summary>
public sealed record PhaseUsage
{
    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }
    public long Calls { get; init; }
    public double SpendUsd { get; init; }

    public long Tokens => InputTokens + OutputTokens;
}
