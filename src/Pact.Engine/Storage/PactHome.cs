namespace Pact.Engine.Storage;

/// <summary>
/// The user's Pact home, outside every project: <c>$PACT_HOME</c>, else <c>~/.config/pact</c>. The solo signing key,
/// the trusted keys and the list of known audit directories live under it, so all three follow one rule.
/// </summary>
public static class PactHome
{
    public static string Directory(IReadOnlyDictionary<string, string?> environment) =>
        environment.GetValueOrDefault("PACT_HOME") is { Length: > 0 } home
            ? Path.GetFullPath(home)
            : Path.Combine(environment.GetValueOrDefault("HOME") is { Length: > 0 } user ? user : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "pact");

    /// <summary>From this process's environment.</summary>
    public static string Directory() => Directory(new Dictionary<string, string?>
    {
        ["PACT_HOME"] = Environment.GetEnvironmentVariable("PACT_HOME"),
        ["HOME"] = Environment.GetEnvironmentVariable("HOME"),
    });
}
