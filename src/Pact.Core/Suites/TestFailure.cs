namespace Pact.Suites;

public sealed record TestFailure
{
    public required string TestId { get; init; }
    public string TestDescription { get; set; } = "";
    public string ErrorMessage { get; set; } = "";
    public string Stdout { get; set; } = "";
    public string Stderr { get; set; } = "";
}
