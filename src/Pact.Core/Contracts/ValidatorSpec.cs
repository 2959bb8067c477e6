namespace Pact.Contracts;

/// <summary>A constraint on a field, e.g. <c>range</c> "0.01 &lt;= value &lt;= 999999.99" or <c>regex</c> "^[A-Z]{3}$".</summary>
public sealed record ValidatorSpec
{
    public required ValidatorKind Kind { get; init; }
    public required string Expression { get; init; }
    public string ErrorMessage { get; set; } = "";
}
