namespace Pact.Engine.Languages;

/// <summary>
/// Runs one of Pact's checker scripts (an amendment reader, a tamper scan): JSON on stdin, a JSON list on stdout, or
/// <c>{"error": …}</c> when the script itself refuses. Either every item mapped, or why there are none; each caller
/// fails closed on the latter.
/// </summary>
internal static class CheckerScript
{
    public sealed record Answer<T>(IReadOnlyList<T>? Items, string? Problem, bool Ran);

    public static async Task<Answer<T>> RunAsync<T>(ProcessRunner processes, string program, IReadOnlyList<string> arguments, string input, Func<JsonElement, T> map, CancellationToken cancellationToken)
    {
        var run = await processes.RunAsync(ProcessSpec.Tool(program, arguments, input, SyntaxCheckers.Timeout), cancellationToken);
        if (!run.Started || run.TimedOut || run.ExitCode != 0)
        {
            return new([], run.TimedOut ? "timed out" : (run.StartError ?? run.Stderr).Trim(), Ran: false);
        }

        try
        {
            using var answer = JsonDocument.Parse(run.Stdout);
            return answer.RootElement.ValueKind == JsonValueKind.Object
                ? new([], answer.RootElement.GetProperty("error").GetString() ?? "no answer", Ran: true)
                : new([.. answer.RootElement.EnumerateArray().Select(map)], null, Ran: true);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return new(null, $"its answer was not a list: {run.Stdout.Trim()[..Math.Min(200, run.Stdout.Trim().Length)]}", Ran: true);
        }
    }

    /// <summary>A number property, or null where the script wrote none.</summary>
    public static int? Line(JsonElement item) => item.GetProperty("line").ValueKind == JsonValueKind.Number ? item.GetProperty("line").GetInt32() : null;
}
