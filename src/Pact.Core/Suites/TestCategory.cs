namespace Pact.Suites;

[JsonConverter(typeof(SnakeCaseEnumConverter<TestCategory>))]
public enum TestCategory
{
    HappyPath,
    EdgeCase,
    ErrorCase,
    Invariant,
}
