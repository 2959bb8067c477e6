namespace Pact.Suites;

public sealed record TestFailure
{
    public required string TestId { get; init; }
    public string TestDescription { get; init; } = "";
    public string ErrorMessage { get; init; } = "";
    public string Stdout { get; init; } = "";
    public string Stderr { get; init; } = "";
}
