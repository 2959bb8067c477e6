namespace Pact.Suites;

/// <summary>
/// The id of a language Pact generates stubs for and runs tests in, as written in pact.yaml and in suites
/// (<c>python</c>, <c>typescript</c>, …). An open set: the four Pact ships are named here, and the engine's language
/// registry decides which ids a project may use, so a language is added without touching this type.
/// </summary>
[JsonConverter(typeof(TestLanguageConverter))]
public sealed record TestLanguage
{
    public static readonly TestLanguage Python = new("python");
    public static readonly TestLanguage Typescript = new("typescript");
    public static readonly TestLanguage Javascript = new("javascript");
    public static readonly TestLanguage Csharp = new("csharp");

    /// <param name="id">Lower-case ASCII letters and digits, starting with a letter (the schemas' pattern).</param>
    public TestLanguage(string id)
    {
        if (!IsWellFormed(id))
        {
            throw new ArgumentException($"'{id}' is not a language id: lower-case letters and digits, starting with a letter", nameof(id));
        }

        Id = id;
    }

    public string Id { get; }

    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= 32 } && char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    /// <summary>Lets test data name a language by its id (<c>[InlineData("python")]</c>).</summary>
    public static implicit operator TestLanguage(string id) => new(id);

    public override string ToString() => Id;
}
