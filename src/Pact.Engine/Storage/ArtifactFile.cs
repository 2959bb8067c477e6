namespace Pact.Engine.Storage;

/// <summary>
/// The one way a command reads the artifact file it was given (<c>--file</c>, <c>--spec</c>): once, into a parsed
/// document that names the file, before the service sees it. A missing, directory or unreadable path is a result, not
/// an exception, and changes nothing.
/// </summary>
public static class ArtifactFile
{
    /// <summary>Reads <paramref name="path"/> and hands the document to <paramref name="use"/>, or fails <paramref name="command"/> saying why it could not.</summary>
    public static async Task<CommandResult<T>> WithAsync<T>(string command, string path, ArtifactKind kind, Func<ParsedDocument, Task<CommandResult<T>>> use, CancellationToken cancellationToken)
        where T : class
    {
        var name = SchemaCatalog.NameOf(kind);
        if (Directory.Exists(path))
        {
            return CommandResults.Fail<T>(command, Outcome.Invalid, new Diagnostic { Rule = "input.is_directory", File = path, Message = $"a {name} file was expected, but this is a directory", Fix = $"pass the {name} file itself" });
        }

        if (!File.Exists(path))
        {
            return CommandResults.Fail<T>(command, Outcome.NotFound, new Diagnostic { Rule = "input.not_found", File = path, Message = "the file does not exist", Fix = $"check the path; `pact schema {name}` shows what it must contain" });
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandResults.Fail<T>(command, Outcome.IoError, new Diagnostic { Rule = "input.unreadable", File = path, Message = $"the file cannot be read: {e.Message}", Fix = "check the file's permissions" });
        }

        return await use(DocumentParser.Parse(text, path));
    }
}
