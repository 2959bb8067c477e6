using Pact.Health;

namespace Pact.Engine.Storage;

/// <summary>
/// One read of a project's audit log for <c>status</c> and the integrity check: the event count, the lines that are
/// not events, the health tally, and the hashed lines after the judge's checkpoint. With a checkpoint whose prefix
/// still hashes the same, only the lines written since are parsed, so the cost of status does not grow with the
/// project's history; without one (or when the prefix changed) the whole log is read, as before.
/// </summary>
public sealed class ProjectLog
{
    /// <summary>Lines parsed after a checkpoint before a new one is worth writing.</summary>
    private const int CheckpointEvery = 256;

    private readonly string _path;
    private readonly string? _checkpointPath;
    private readonly ProjectLogCheckpoint? _next;

    private ProjectLog(string path, string? checkpointPath, ProjectLogCheckpoint? verified, ProjectLogCheckpoint? next, IReadOnlyList<(string Sha256, string Text)> tail, int events, IReadOnlyList<Diagnostic> problems, HealthTally tally)
    {
        _path = path;
        _checkpointPath = checkpointPath;
        Verified = verified;
        _next = next;
        Tail = tail;
        Events = events;
        Problems = problems;
        Tally = tally;
    }

    /// <summary>The checkpoint whose prefix was found unchanged, or null when the whole log was read.</summary>
    public ProjectLogCheckpoint? Verified { get; }

    /// <summary>The hashed lines after <see cref="Verified"/> (every line when it is null).</summary>
    public IReadOnlyList<(string Sha256, string Text)> Tail { get; }
    public int Events { get; }
    public IReadOnlyList<Diagnostic> Problems { get; }
    public HealthTally Tally { get; }

    /// <summary>Reads the log at <paramref name="path"/>, continuing from the checkpoint at <paramref name="checkpointPath"/> when it still holds.</summary>
    public static async Task<ProjectLog> ReadAsync(string path, string? checkpointPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return new ProjectLog(path, checkpointPath, null, null, [], 0, [], new HealthTally());
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        using var prefixHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var verified = checkpointPath is null ? null : await LoadAsync(checkpointPath, cancellationToken);
        if (verified is not null)
        {
            prefixHash.AppendData(bytes.AsSpan(0, (int)Math.Min(verified.Bytes, bytes.Length)));
            if (verified.Bytes > bytes.Length || Convert.ToHexStringLower(prefixHash.GetCurrentHash()) != verified.Sha256)
            {
                // Edited, truncated or replaced since: nothing remembered of it can be trusted.
                verified = null;
                prefixHash.GetHashAndReset();
            }
        }

        var start = (int)(verified?.Bytes ?? 0);
        var tally = verified?.Tally ?? new HealthTally();
        var events = verified?.Events ?? 0;
        var bad = new List<int>(verified?.BadLines ?? []);
        var problems = bad.Select(line => AuditLog.BadLine(line, last: false)).ToList();
        var tail = new List<(string, string)>();
        var text = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        var lines = text.Split('\n');
        var before = verified?.Lines ?? 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            tail.Add((AuditLog.LineHash(line), line));
            if (AuditLog.TryParse(line) is { } entry)
            {
                events++;
                tally.Add(entry);
                continue;
            }

            var last = i == lines.Length - 1;
            problems.Add(AuditLog.BadLine(before + i + 1, last));
            if (!last)
            {
                bad.Add(before + i + 1);
            }
        }

        // The next checkpoint ends where the log does, on a newline: a log that ends in a torn line (a writer is between
        // its bytes, or was killed) waits for a later read.
        ProjectLogCheckpoint? next = null;
        if (checkpointPath is not null && tail.Count >= CheckpointEvery && bytes[^1] == (byte)'\n')
        {
            prefixHash.AppendData(bytes.AsSpan(start));
            next = new ProjectLogCheckpoint
            {
                Bytes = bytes.Length,
                Sha256 = Convert.ToHexStringLower(prefixHash.GetHashAndReset()),
                Lines = before + lines.Length - 1,
                Events = events,
                BadLines = bad,
                Tally = tally,
                Ledger = verified?.Ledger,
            };
        }

        return new ProjectLog(path, checkpointPath, verified, next, tail, events, problems, tally);
    }

    /// <summary>Every line of the log, hashed: what a check that must look behind the checkpoint reads (rarely: only when the tail does not answer).</summary>
    public Task<IReadOnlyList<(string Sha256, string Text)>> AllLinesAsync(CancellationToken cancellationToken) =>
        Verified is null ? Task.FromResult(Tail) : AuditLog.ReadLinesAsync(_path, cancellationToken);

    /// <summary>
    /// Writes the checkpoint this read prepared, if any, recording that every entry of <paramref name="ledger"/> (the
    /// judge's ledger as just checked) was found in the log; without one, what the last checkpoint vouched for stays. Best effort: the checkpoint is a cache, and a reader who may not write beside the ledger
    /// (the implementer in separate-user mode) just reads the whole log next time.
    /// </summary>
    public async Task SaveAsync(LedgerPrefix? ledger, CancellationToken cancellationToken)
    {
        if (_next is null || _checkpointPath is null)
        {
            return;
        }

        var checkpoint = ledger is null ? _next : _next with { Ledger = ledger };
        try
        {
            await AtomicFile.WriteAsync(_checkpointPath, JsonSerializer.SerializeToUtf8Bytes(checkpoint, PactJson.Compact.ProjectLogCheckpoint), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs time, never correctness.
        }
    }

    private static async Task<ProjectLogCheckpoint?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var checkpoint = JsonSerializer.Deserialize(await File.ReadAllBytesAsync(path, cancellationToken), PactJson.Compact.ProjectLogCheckpoint);
            return checkpoint is { Version: ProjectLogCheckpoint.CurrentVersion, Bytes: > 0 } ? checkpoint : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

}
