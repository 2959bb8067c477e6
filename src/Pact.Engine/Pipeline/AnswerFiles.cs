using System.Text.Json.Nodes;

namespace Pact.Engine.Pipeline;

/// <summary>
/// The files an implementer that cannot edit (an API backend) gives in its answer, written into the component's
/// source directory, which they replace. Every path must stay inside that directory: one that leaves it (absolute,
/// <c>..</c>) refuses the whole answer, and nothing is written.
/// </summary>
internal static class AnswerFiles
{
    /// <summary>Writes the answer's files into <paramref name="directory"/>/src/<paramref name="componentId"/>/; the refusal, or null.</summary>
    public static string? Write(string directory, string componentId, JsonNode? answer)
    {
        var target = Path.GetFullPath(Path.Combine(directory, "src", componentId));
        var files = new List<(string Path, string Content)>();
        foreach (var (file, index) in (answer?["files"] as JsonArray ?? []).Select((f, i) => (f, i)))
        {
            var path = file?["path"]?.GetValueKind() == JsonValueKind.String ? file["path"]!.GetValue<string>() : "";
            var content = file?["content"]?.GetValueKind() == JsonValueKind.String ? file["content"]!.GetValue<string>() : null;
            var full = Path.GetFullPath(Path.Combine(target, path));
            if (path.Length == 0 || Path.IsPathRooted(path) || content is null || !full.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return $"the answer's file at /files/{index} ('{path}') is not a file inside src/{componentId}/ with its content: nothing was written";
            }

            files.Add((full, content));
        }

        if (files.Count == 0)
        {
            return $"the answer holds no file (/files is empty): nothing was written to src/{componentId}/";
        }

        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (var (path, content) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        return null;
    }
}
