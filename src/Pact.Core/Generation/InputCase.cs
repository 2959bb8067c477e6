namespace Pact.Generation;

/// <summary>
/// One generated input-validation test: call <see cref="Function"/> with <see cref="Arguments"/> (every input valid
/// but one, just outside one of its validators) and expect it to refuse the call with <see cref="Message"/> before it
/// does anything else.
/// </summary>
public sealed record InputCase
{
    public required string Id { get; init; }
    public required string Function { get; init; }
    public required bool IsAsync { get; init; }
    public required IReadOnlyList<(string Input, Sample Value)> Arguments { get; init; }
    public required string Message { get; init; }
}
