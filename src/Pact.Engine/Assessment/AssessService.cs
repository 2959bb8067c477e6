using System.Reflection;
using Pact.Assessment;

namespace Pact.Engine.Assessment;

/// <summary>
/// <c>pact assess</c>: the mechanical architecture assessment of any directory (no project needed), as the Python
/// Pact's assessor (reference G), optionally also written as a SARIF 2.1.0 log. Reads nothing but the tree and writes
/// nothing but the SARIF file.
/// </summary>
public sealed class AssessService(IEnumerable<IAssessReader> readers, TimeProvider time)
{
    public const string Command = "assess";

    public static readonly IReadOnlyList<string> Languages = ["python", "typescript", "javascript", "csharp"];

    /// <param name="directory">The directory to assess.</param>
    /// <param name="thresholds"><c>KEY=VALUE</c> overrides of <see cref="AssessmentThresholds"/>.</param>
    /// <param name="language">One of <see cref="Languages"/>, or null to detect it (<see cref="Detect"/>).</param>
    /// <param name="sarifFile">Where to write the SARIF log (absolute), or null.</param>
    /// <param name="cancellationToken">Stops the parsers.</param>
    public async Task<CommandResult<AssessmentReport>> AssessAsync(string directory, IReadOnlyList<string> thresholds, string? language, string? sarifFile, CancellationToken cancellationToken)
    {
        if (language is not null && !Languages.Contains(language, StringComparer.Ordinal))
        {
            return Fail(Outcome.Invalid, new Diagnostic
            {
                Rule = "assess.language",
                Message = $"pact assess does not read '{language}' yet",
                Pointer = "/language",
                Fix = $"use one of {string.Join(", ", Languages)}",
            });
        }
        var (limits, problems) = AssessmentThresholds.Parse(thresholds);
        if (problems.Count > 0)
        {
            return CommandResults.Fail<AssessmentReport>(Command, Outcome.Invalid, problems);
        }
        var root = Root(directory);
        if (!Directory.Exists(root))
        {
            return Fail(Outcome.NotFound, new Diagnostic
            {
                Rule = "assess.directory",
                File = directory,
                Message = File.Exists(root) ? $"{directory} is a file, not a directory" : $"{directory} does not exist",
                Fix = "give the directory that holds the source, e.g. `pact assess src/myproject`",
            });
        }

        var byLanguage = readers.ToDictionary(r => r.Language, StringComparer.Ordinal);
        var reader = byLanguage[language ?? Detect(root, Languages.Select(l => byLanguage[l]).ToList())];
        var reading = await reader.ReadAsync(root, cancellationToken);
        if (reading.Failure is { } failure)
        {
            return Fail(Outcome.Invalid, failure);
        }

        var report = Assessor.Assess(root, reading.Modules, reading.Profile, limits, time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));

        if (sarifFile is not null)
        {
            try
            {
                await AtomicFile.WriteAsync(sarifFile, SarifLog.Write(report, Version), cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail(Outcome.IoError, new Diagnostic
                {
                    Rule = "assess.sarif",
                    File = sarifFile,
                    Message = $"cannot write the SARIF log: {e.Message}",
                    Fix = "give a path in a directory that exists and is writable",
                });
            }
        }
        return CommandResults.Ok(Command, report);
    }

    /// <summary>
    /// The language of a tree when <c>--language</c> is absent: the one with the most source files below the root
    /// (skipped folders as <see cref="SourceTree"/>), counting for each language only its own extensions (TypeScript
    /// its <c>.ts</c>-family files, though it then also reads the JavaScript beside them); a tie goes to the earlier
    /// of <see cref="Languages"/>, and a tree with none of them is Python's (which reports that it found no module).
    /// </summary>
    public static string Detect(string root, IReadOnlyList<IAssessReader> ordered)
    {
        var counts = new int[ordered.Count];
        foreach (var (_, relative, _) in SourceTree.Files(root, name => Path.GetExtension(name).Length > 0))
        {
            var extension = Path.GetExtension(relative);
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].DetectedBy.Contains(extension) && !relative.EndsWith(".d.ts", StringComparison.Ordinal))
                {
                    counts[i]++;
                }
            }
        }
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            best = counts[i] > counts[best] ? i : best;
        }
        return ordered[best].Language;
    }

    /// <summary>The full path with a link at the root followed, so the root's name is the package's (the Python Pact resolves it).</summary>
    private static string Root(string directory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        try
        {
            return new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static string Version => typeof(AssessService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    private static CommandResult<AssessmentReport> Fail(Outcome outcome, Diagnostic diagnostic) => CommandResults.Fail<AssessmentReport>(Command, outcome, diagnostic);
}
