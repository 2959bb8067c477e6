namespace Pact.Contracts;

/// <summary>One concrete data access, e.g. type <c>database_read</c>, classification <c>PII</c>, fields <c>user.email</c>.</summary>
public sealed record DataAccessSideEffect
{
    public required string Type { get; init; }
    public string Classification { get; set; } = "";
    public IReadOnlyList<string> Fields { get; set; } = [];
    public string Rationale { get; set; } = "";
}
