namespace Pact.Documents;

/// <summary>An input that was parsed, validated and typed, or the reasons it was not. Expected failures are values.</summary>
public sealed record Checked<T>
    where T : class
{
    public T? Value { get; init; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = [];

    public bool Ok => Value is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);

    public static Checked<T> Success(T value) => new() { Value = value };

    public static Checked<T> Failure(IReadOnlyList<Diagnostic> diagnostics) => new() { Diagnostics = diagnostics };

    public static Checked<T> Failure(Diagnostic diagnostic) => new() { Diagnostics = [diagnostic] };
}
