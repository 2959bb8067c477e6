using Pact.Engine.Judge.Certification;
using Pact.Hashing;

namespace Pact.Engine.Judge;

/// <summary>
/// The judge's own record of what it decided: an append-only JSONL file, each line carrying the SHA-256 of the line
/// before it. It lives where the implementer's project log does not: in the audit directory (<c>ledger.jsonl</c>), or,
/// in solo mode, beside the signing key store (<c>&lt;store&gt;/../ledgers/&lt;project&gt;.jsonl</c>). Attempt counts and hint
/// levels come from here, never from <c>.pact/audit.jsonl</c>, so editing the project log resets nothing; and
/// because both logs use the same action names, <c>status</c>/<c>validate</c> can report where the project log diverges.
/// </summary>
public sealed class JudgeLedger(TimeProvider time)
{
    public const string FileName = "ledger.jsonl";
    public const string BrokenRule = "judge.ledger_broken";

    private static readonly string Genesis = new('0', 64);

    /// <summary>The entries, or a problem when the chain is broken (a line edited, deleted, reordered or unreadable).</summary>
    public sealed record Contents(IReadOnlyList<LedgerEntry> Entries, Diagnostic? Problem);

    public static string PathFor(JudgeLayout judge) => judge.AuditDir is { } audit
        ? Path.Combine(audit, FileName)
        : Path.Combine(Path.GetDirectoryName(SigningKeys.SoloDirectory())!, "ledgers", ContentHash.OfBytes(Encoding.UTF8.GetBytes(judge.Project.Root))[..16] + ".jsonl");

    /// <summary>The head file beside the ledger: the seq and hash of its last line, so a cut-off tail is noticed too.</summary>
    public static string HeadFor(string ledger) => ledger + ".head";

    public async Task<Contents> ReadAsync(JudgeLayout judge, CancellationToken cancellationToken) =>
        (await ReadAfterAsync(judge, known: null, cancellationToken)).Contents;

    /// <summary>
    /// The entries after <paramref name="known"/>, when the ledger still starts with exactly those bytes (else every
    /// entry, verified from the start), and the prefix the whole ledger now is, for the next reader. The head file is
    /// checked either way, so a cut-off tail is noticed.
    /// </summary>
    public async Task<(Contents Contents, LedgerPrefix? Whole)> ReadAfterAsync(JudgeLayout judge, LedgerPrefix? known, CancellationToken cancellationToken)
    {
        var path = PathFor(judge);
        var head = HeadFor(path);
        if (!File.Exists(path))
        {
            return (File.Exists(head) ? new Contents([], Broken(judge.Display(path), 1, "the judge's ledger was deleted")) : new Contents([], null), null);
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (known is not null && (known.Bytes > bytes.Length || ContentHash.OfBytes(bytes.AsSpan(0, (int)known.Bytes)) != known.Sha256))
        {
            known = null;
        }

        var start = (int)(known?.Bytes ?? 0);
        var contents = Parse(bytes.AsSpan(start), judge.Display(path), known?.Lines ?? 0, known?.Last ?? Genesis);
        var lines = Lines(bytes.AsSpan(start));
        var count = (known?.Lines ?? 0) + lines.Count;
        var last = lines.Count > 0 ? Hash(lines[^1]) : known?.Last ?? "";
        var expected = File.Exists(head) ? (await File.ReadAllTextAsync(head, cancellationToken)).Trim() : "";
        var actual = count == 0 ? "" : $"{count} {last}";
        if (contents.Problem is null && expected != actual)
        {
            contents = contents with { Problem = Broken(judge.Display(path), count, "the judge's ledger does not end where it did (lines were cut from its end)") };
        }

        var whole = contents.Problem is null && bytes.Length > 0 && bytes[^1] == (byte)'\n'
            ? new LedgerPrefix { Bytes = bytes.Length, Sha256 = ContentHash.OfBytes(bytes), Lines = count, Last = last }
            : null;
        return (contents, whole);
    }

    /// <summary>
    /// Appends one entry. The file is held exclusively while its last line is read and the new one written, so two Pact
    /// processes never chain to the same line. A broken chain is appended to anyway (the break stays where it is).
    /// </summary>
    public async Task AppendAsync(JudgeLayout judge, LedgerEntry draft, CancellationToken cancellationToken)
    {
        var path = PathFor(judge);
        // Owner-only like everything else of the judge's (0700 directory, 0600 files, from creation).
        Storage.OwnerOnly.CreateDirectory(Path.GetDirectoryName(path)!);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var file = new FileStream(path, Private(FileMode.OpenOrCreate, FileAccess.ReadWrite));
                var bytes = new byte[file.Length];
                await file.ReadExactlyAsync(bytes, cancellationToken);
                var lines = Lines(bytes);
                var entry = draft with
                {
                    Seq = lines.Count + 1,
                    Time = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                    Prev = lines.Count == 0 ? Genesis : Hash(lines[^1]),
                };
                var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, PactJson.Compact.LedgerEntry) + "\n");
                if (bytes.Length > 0 && bytes[^1] != (byte)'\n')
                {
                    await file.WriteAsync("\n"u8.ToArray(), cancellationToken);
                }

                await file.WriteAsync(line, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
                var head = HeadFor(path);
                await using (var next = new FileStream(head + ".tmp", Private(FileMode.Create, FileAccess.Write)))
                {
                    await next.WriteAsync(Encoding.UTF8.GetBytes($"{lines.Count + 1} {Hash(line[..^1])}\n"), cancellationToken);
                }

                File.Move(head + ".tmp", head, overwrite: true);
                return;
            }
            catch (IOException) when (attempt < 100)
            {
                // Another Pact process holds the ledger: wait for it.
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Verifies the chain line by line: each line's prev is the hash of the line before, seq counts on from
    /// <paramref name="before"/> (the entries of a verified prefix, whose last line hashes to <paramref name="prev"/>).
    /// </summary>
    public static Contents Parse(ReadOnlySpan<byte> bytes, string display, int before = 0, string? prev = null)
    {
        var entries = new List<LedgerEntry>();
        var lines = Lines(bytes);
        var expected = prev ?? Genesis;
        for (var i = 0; i < lines.Count; i++)
        {
            LedgerEntry? entry;
            try
            {
                entry = JsonSerializer.Deserialize(lines[i], PactJson.Compact.LedgerEntry);
            }
            catch (JsonException)
            {
                entry = null;
            }

            var number = before + i + 1;
            if (entry is null || entry.Seq != number || entry.Prev != expected)
            {
                return new Contents(entries, Broken(display, number, $"the judge's ledger was altered at line {number} (a line was edited, removed or reordered)"));
            }

            entries.Add(entry);
            expected = Hash(lines[i]);
        }

        return new Contents(entries, null);
    }

    private static Diagnostic Broken(string display, int line, string what) => new()
    {
        Rule = BrokenRule,
        File = display,
        Line = line,
        Message = $"{what}, so attempts and hint levels cannot be counted; hidden suites are not run until the auditor looks into it",
        Fix = "restore the ledger from a backup, or have the auditor decide what to do (the project log is not evidence: the implementer can edit it)",
    };

    private static List<byte[]> Lines(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                if (i > start)
                {
                    lines.Add(bytes[start..i].ToArray());
                }

                start = i + 1;
            }
        }

        return lines;
    }

    private static string Hash(byte[] line) => ContentHash.OfBytes(line);

    /// <summary>Open options that create a missing file as 0600.</summary>
    private static FileStreamOptions Private(FileMode mode, FileAccess access)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = Storage.OwnerOnly.FileMode;
        }

        return options;
    }
}
