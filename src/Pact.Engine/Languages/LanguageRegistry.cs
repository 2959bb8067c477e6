namespace Pact.Engine.Languages;

/// <summary>
/// The languages this Pact knows, in registration order (DI: every <see cref="ILanguage"/>). Every question about a
/// language goes through here, and the CLI's and MCP's language lists are this list.
/// </summary>
public sealed class LanguageRegistry
{
    public const string UnknownRule = "language.unknown";

    private readonly Dictionary<TestLanguage, ILanguage> _byId;

    public LanguageRegistry(IEnumerable<ILanguage> languages)
    {
        All = [.. languages];
        _byId = [];
        foreach (var language in All)
        {
            if (!_byId.TryAdd(language.Id, language))
            {
                throw new InvalidOperationException($"two languages are registered as '{language.Id}'");
            }
        }

        TamperRules = [.. All.Select(l => l.Tamper).Distinct()];
    }

    public IReadOnlyList<ILanguage> All { get; }

    /// <summary>The ids, in order: what `--language` accepts.</summary>
    public IReadOnlyList<string> Ids => [.. All.Select(l => l.Id.Id)];

    /// <summary>The ids for a message: "python, typescript, javascript, csharp".</summary>
    public string Known => string.Join(", ", Ids);

    /// <summary>Each distinct set of tamper rules once (languages sharing a parser share their rules).</summary>
    public IReadOnlyList<ITamperRules> TamperRules { get; }

    /// <summary>The list `pact doctor` and the pact://languages resource show.</summary>
    public IReadOnlyList<LanguageStatus> Describe(PactConfig? config) =>
        [.. All.Select(l => new LanguageStatus { Id = l.Id, Name = l.DisplayName, Tools = [.. l.Tools(config).Select(t => t.Name)] })];

    public ILanguage? Find(TestLanguage id) => _byId.GetValueOrDefault(id);

    /// <summary>The language of an id that was checked already (<see cref="Unknown"/>); an unknown one here is a bug.</summary>
    public ILanguage Get(TestLanguage id) => Find(id) ?? throw new InvalidOperationException($"no language '{id}' is registered (known: {Known})");

    /// <summary>The language named by <paramref name="id"/> (any spelling a user typed), or null.</summary>
    public ILanguage? Find(string? id) => TestLanguage.IsWellFormed(id) ? Find(new TestLanguage(id!)) : null;

    /// <summary>A diagnostic when <paramref name="id"/> names no registered language: <paramref name="field"/> in <paramref name="file"/> is wrong.</summary>
    public Diagnostic? Unknown(string? id, string field, string? file) => Find(id) is not null ? null : new Diagnostic
    {
        Rule = UnknownRule,
        File = file,
        Message = $"{field} '{id}' is not a language Pact knows (it knows {Known})",
        Fix = $"set {field} to one of: {Known}",
    };
}
