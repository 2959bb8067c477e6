namespace Pact.Engine.Backends;

/// <summary>How a backend's agent program is run, and how its failures read.</summary>
public static class BackendProgram
{
    /// <summary>
    /// The process a backend runs: Pact's own environment (the agent needs its login and its PATH) plus the request's
    /// variables, its prompt on stdin (never on the command line, where `ps` would show it), in the project.
    /// </summary>
    public static ProcessSpec Spec(string program, IEnumerable<string> arguments, BackendRequest request)
    {
        var spec = ProcessSpec.Tool(program, arguments, request.Prompt, request.Timeout, request.WorkingDirectory);
        var environment = new Dictionary<string, string>(spec.Environment, StringComparer.Ordinal);
        foreach (var (name, value) in request.Environment)
        {
            environment[name] = value;
        }

        return spec with { Environment = environment, OutputCap = 8 << 20 };
    }

    /// <summary>The first non-empty line of a program's error output, for a message.</summary>
    public static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";

    /// <summary>Whether a failure reads like a missing or refused credential, so the fix can say how to log in.</summary>
    public static bool LooksLikeCredentials(string message) =>
        new[] { "api key", "apikey", "401", "unauthorized", "authentication", "login", "credential" }.Any(w => message.Contains(w, StringComparison.OrdinalIgnoreCase));
}
