namespace Pact.Suites;

/// <summary>A <see cref="TestLanguage"/> on the wire is its id string, as the enum it replaced was.</summary>
public sealed class TestLanguageConverter : JsonConverter<TestLanguage>
{
    public override TestLanguage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.GetString() is { } id && TestLanguage.IsWellFormed(id)
            ? new TestLanguage(id)
            : throw new JsonException("a language is a lower-case id such as \"python\"");

    public override void Write(Utf8JsonWriter writer, TestLanguage value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}
