namespace Pact.Shaping;

public sealed record FitCheck
{
    public required Appetite Appetite { get; init; }
    public required bool Fits { get; init; }
    public string? Notes { get; init; }
}
