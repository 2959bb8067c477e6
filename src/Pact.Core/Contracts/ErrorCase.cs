namespace Pact.Contracts;

/// <summary>A named failure a function must signal; <see cref="ErrorType"/> becomes a required export of the implementation.</summary>
public sealed record ErrorCase
{
    public required string Name { get; init; }
    public required string Condition { get; init; }
    public required string ErrorType { get; init; }
    public IReadOnlyDictionary<string, string> ErrorData { get; set; } = new Dictionary<string, string>();
}
