using System.Text.Json.Nodes;
using Pact.Adoption;

namespace Pact.Engine.Adoption;

/// <summary>
/// The Python side of <c>pact adopt</c> (Adoption/Scripts/adopt_python.py, run with the project's interpreter in
/// isolated mode): reading a tree's public interface and imports with <c>ast</c>, and rewriting the imports between
/// its modules to the flat names they get under <c>src/</c>. Answers are JSON; an interpreter that cannot run is a message.
/// </summary>
public sealed class PythonAdoptReader(ProcessRunner processes)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(PythonAdoptReader).Assembly.GetManifestResourceStream("Pact.Adoption.adopt_python.py")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The modules of <paramref name="files"/> (relative to <paramref name="root"/>), and the standard library's module names.</summary>
    public async Task<(IReadOnlyList<AdoptedModule>? Modules, IReadOnlySet<string>? Stdlib, string? Failure)> ExtractAsync(string python, string root, string? package, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["mode"] = "extract", ["root"] = root, ["package"] = package, ["files"] = new JsonArray([.. files.Select(f => JsonValue.Create(f))]) };
        var (answer, failure) = await RunAsync(python, request, cancellationToken);
        if (answer is null)
        {
            return (null, null, failure);
        }
        using (answer)
        {
            var modules = answer.RootElement.GetProperty("modules").EnumerateArray().Select(AdoptedModuleJson.Read).ToList();
            var stdlib = answer.RootElement.GetProperty("stdlib").EnumerateArray().Select(s => s.GetString()!).ToHashSet(StringComparer.Ordinal);
            return (modules, stdlib, null);
        }
    }

    /// <summary>Each module's text with its imports of the tree's other modules pointed at <paramref name="flat"/> names.</summary>
    public async Task<(IReadOnlyDictionary<string, string>? Texts, string? Failure)> RewriteAsync(string python, string root, string? package, IReadOnlyList<AdoptedModule> modules, IReadOnlyDictionary<string, string> flat, CancellationToken cancellationToken)
    {
        var request = new JsonObject
        {
            ["mode"] = "rewrite",
            ["root"] = root,
            ["package"] = package,
            ["modules"] = new JsonArray([.. modules.Select(m => (JsonNode)new JsonObject { ["path"] = m.Path, ["flat"] = flat[m.Dotted] })]),
        };
        var (answer, failure) = await RunAsync(python, request, cancellationToken);
        if (answer is null)
        {
            return (null, failure);
        }
        using (answer)
        {
            return (answer.RootElement.GetProperty("modules").EnumerateArray().ToDictionary(m => m.GetProperty("path").GetString()!, m => m.GetProperty("text").GetString()!, StringComparer.Ordinal), null);
        }
    }

    private async Task<(JsonDocument? Answer, string? Failure)> RunAsync(string python, JsonObject request, CancellationToken cancellationToken)
    {
        var run = await processes.RunAsync(ProcessSpec.Tool(python, ["-I", "-c", Script.Value], request.ToJsonString(), Timeout) with { OutputCap = 1 << 30 }, cancellationToken);
        if (!run.Started || run.TimedOut || run.ExitCode != 0)
        {
            return (null, !run.Started ? run.StartError : run.TimedOut ? $"it took longer than {Timeout.TotalMinutes} minutes" : run.Stderr.Trim());
        }
        return (JsonDocument.Parse(run.Stdout), null);
    }
}
