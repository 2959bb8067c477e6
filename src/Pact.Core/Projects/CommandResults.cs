namespace Pact.Projects;

/// <summary>Builders for <see cref="CommandResult{T}"/>, so every service reports failures the same way.</summary>
public static class CommandResults
{
    public static CommandResult<T> Ok<T>(string command, T data, IReadOnlyList<Diagnostic>? warnings = null)
        where T : class => new() { Command = command, Outcome = Outcome.Ok, Data = data, Diagnostics = warnings ?? [] };

    public static CommandResult<T> Fail<T>(string command, Outcome outcome, IReadOnlyList<Diagnostic> diagnostics)
        where T : class => new() { Command = command, Outcome = outcome, Diagnostics = diagnostics };

    public static CommandResult<T> Fail<T>(string command, Outcome outcome, Diagnostic diagnostic)
        where T : class => Fail<T>(command, outcome, [diagnostic]);
}
