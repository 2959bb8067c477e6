namespace Pact.Judge;

/// <summary>Visible suites are shown to implementers; hidden (Goodhart) suites live only in the audit directory.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SuiteKind>))]
public enum SuiteKind
{
    Visible,
    Hidden,
}
