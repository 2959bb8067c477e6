using System.Text.Json.Serialization;
using Pact.Serialization;

namespace Pact.Suites;

/// <summary>The languages Pact generates stubs for and runs tests in.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<TestLanguage>))]
public enum TestLanguage
{
    Python,
    Typescript,
    Javascript,
    Csharp,
}
