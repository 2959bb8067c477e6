namespace Pact.Generation;

/// <summary>
/// One generated validator test: build <see cref="Value"/> (an instance of a contract type) and expect it accepted, or
/// rejected with <see cref="Message"/> (the error_message of the first validator the value breaks).
/// </summary>
public sealed record ValidatorCase
{
    public required string Id { get; init; }
    public required Sample.Instance Value { get; init; }
    public required bool Accepted { get; init; }
    public string Message { get; init; } = "";
}
