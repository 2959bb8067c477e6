using Pact.Engine.Judge.Authority;

namespace Pact.Engine.Projects;

/// <summary>
/// <c>pact log</c>: the project's audit log, read once, filtered by component, action and time, and checked against
/// the judge's ledger with the same checks status runs, so what it shows is known to be whole (or said not to be).
/// A line that is not an event (torn by a crash, edited by hand) is a warning naming its line, never skipped in silence.
/// </summary>
public sealed class LogService(ProjectStore store, ProjectIntegrity integrity)
{
    public const string Command = "log";

    /// <param name="directory">The project.</param>
    /// <param name="component">Only the events of this component, or null.</param>
    /// <param name="action">Only this action and its sub-actions (<c>health</c> takes <c>health.record</c>), or null.</param>
    /// <param name="since">An ISO 8601 time, or a span back from now (<c>30m</c>, <c>2h</c>, <c>7d</c>), or null.</param>
    /// <param name="last">Only the last N matching events, or null for all.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public async Task<CommandResult<LogReport>> ReadAsync(string directory, string? component, string? action, string? since, int? last, CancellationToken cancellationToken)
    {
        if (last is < 1)
        {
            return Fail(Outcome.Invalid, new Diagnostic { Rule = "log.last", Pointer = "/last", Message = $"--last {last} shows nothing", Fix = "give a count of 1 or more, or leave --last out for every event" });
        }
        DateTimeOffset? from = null;
        if (since is not null)
        {
            from = Since(since, store.Time.GetUtcNow());
            if (from is null)
            {
                return Fail(Outcome.Invalid, new Diagnostic
                {
                    Rule = "log.since",
                    Pointer = "/since",
                    Message = $"'{since}' is neither a time nor a span",
                    Fix = "give an ISO 8601 time (2026-12-01T09:00:00Z) or a span back from now: 45m, 6h, 2d",
                });
            }
        }
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return Fail(outcome, [.. diagnostics]);
        }

        var layout = project.Layout;
        var lines = await Storage.AuditLog.ReadLinesAsync(layout.AuditLog, cancellationToken);
        var problems = new List<Diagnostic>();
        var events = new List<LogEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Storage.AuditLog.TryParse(lines[i].Text) is not { } entry)
            {
                problems.Add(Storage.AuditLog.BadLine(i + 1, last: i == lines.Count - 1));
                continue;
            }
            events.Add(new LogEntry
            {
                Line = i + 1,
                Timestamp = entry.Timestamp,
                Action = entry.Action,
                ComponentId = entry.ComponentId,
                Actor = entry.Actor,
                Detail = entry.Detail,
                Files = entry.Files ?? [],
            });
        }

        var matched = events.Where(e =>
            (component is null || e.ComponentId == component)
            && (action is null || e.Action == action || e.Action.StartsWith(action + ".", StringComparison.Ordinal))
            && (from is null || (DateTimeOffset.TryParse(e.Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at >= from))).ToList();
        var shown = last is { } n && matched.Count > n ? matched[^n..] : matched;
        var checks = await integrity.CheckAsync(project, cancellationToken);
        var report = new LogReport { Total = events.Count, Matched = matched.Count, Events = shown, Intact = checks.All(d => d.Severity != Severity.Error) && problems.Count == 0 };
        return CommandResults.Ok(Command, report, [.. problems, .. checks.Select(d => d with { Severity = Severity.Warning })]);
    }

    /// <summary>An ISO 8601 time, or now minus a span of minutes, hours or days.</summary>
    private static DateTimeOffset? Since(string text, DateTimeOffset now) =>
        ShortSpan.Parse(text) is { } back ? now - back
        : DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;

    private static CommandResult<LogReport> Fail(Outcome outcome, params Diagnostic[] diagnostics) => CommandResults.Fail<LogReport>(Command, outcome, diagnostics);
}
