namespace Pact.Engine.Storage;

/// <summary>
/// .pact/audit.jsonl: one JSON event per line, appended under the project lock and synced to disk. A process killed
/// mid-append can leave a torn last line; readers skip it (it has no newline yet) instead of failing.
/// </summary>
public static class AuditLog
{
    /// <summary>Appends <paramref name="entry"/>; returns which line it is, for the judge's ledger to name.</summary>
    public static async Task<LoggedEvent> AppendAsync(string path, AuditEvent entry, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var line = JsonSerializer.Serialize(entry, PactJson.Compact.AuditEvent);
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 4096, FileOptions.Asynchronous);

        // A torn line left by a killed writer has no newline; start on a fresh line so this event stays whole.
        if (stream.Position > 0 && !EndsWithNewline(path))
        {
            await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }

        await stream.WriteAsync(bytes, cancellationToken);
        await stream.FlushAsync(cancellationToken);
        stream.Flush(flushToDisk: true);
        return new LoggedEvent { Timestamp = entry.Timestamp, Sha256 = LineHash(line) };
    }

    /// <summary>
    /// The SHA-256 of each whole line, with its text. Hashing is all a comparison with the judge's ledger needs, so no
    /// line is parsed here (status reads and parses the log once already); <see cref="TryParse"/> parses one on demand.
    /// </summary>
    public static async Task<IReadOnlyList<(string Sha256, string Text)>> ReadLinesAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var lines = new List<(string, string)>();
        foreach (var raw in (await File.ReadAllTextAsync(path, cancellationToken)).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0)
            {
                lines.Add((LineHash(line), line));
            }
        }

        return lines;
    }

    public static string LineHash(string line) => Hashing.ContentHash.OfBytes(Encoding.UTF8.GetBytes(line));

    /// <summary>The event of one line, or null when it is not one.</summary>
    public static AuditEvent? TryParse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, PactJson.Compact.AuditEvent);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every whole event, plus a warning per line that is not one (torn by a crash, or edited by hand).</summary>
    public static async Task<(IReadOnlyList<AuditEvent> Events, IReadOnlyList<Diagnostic> Problems)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return ([], []);
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var lines = text.Split('\n');
        var events = new List<AuditEvent>(lines.Length);
        var problems = new List<Diagnostic>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (TryParse(line) is { } entry)
            {
                events.Add(entry);
                continue;
            }

            problems.Add(BadLine(i + 1, last: i == lines.Length - 1));
        }

        return (events, problems);
    }

    /// <summary>The warning for a line that is not an event: torn by a crash when it is the last, else edited by hand.</summary>
    public static Diagnostic BadLine(int line, bool last) => new()
    {
        Rule = "audit.torn_line",
        Severity = Severity.Warning,
        File = ".pact/audit.jsonl",
        Line = line,
        Message = last ? "the last audit line is incomplete (a writer was interrupted)" : "an audit line is not a valid event",
        Fix = "nothing to do for an interrupted write; an edited line should be restored from version control",
    };

    private static bool EndsWithNewline(string path)
    {
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (reader.Length == 0)
        {
            return true;
        }

        reader.Seek(-1, SeekOrigin.End);
        return reader.ReadByte() == '\n';
    }
}
