namespace Pact.Cli.Tests;

/// <summary>
/// Every verb that takes an artifact file reads it once, up front, the same way: a missing path, a directory or a file
/// that cannot be read is a diagnostic naming the path, with the exit code for it, and the project is left as it was.
/// </summary>
public sealed class InputFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    /// <summary>Each verb with an artifact file, the file's place marked {file}.</summary>
    public static TheoryData<string> Verbs => new()
    {
        "decompose {project} --file {file}",
        "interview {project} --file {file}",
        "shape {project} --file {file}",
        "contract {project} calc --file {file}",
        "tests {project} calc --file {file}",
        "goodhart {project} calc --file {file}",
        "spec apply {project} {file}",
        "spec show {file}",
        "init {fresh} --spec {file}",
    };

    /// <summary>/proc/self/mem exists for everyone, root included, and reading it from its start fails (EIO).</summary>
    public static TheoryData<string, string, string, int> Problems()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var verb in Verbs)
        {
            data.Add(verb.Data, "missing", "input.not_found", ExitCodes.NotFound);
            data.Add(verb.Data, "directory", "input.is_directory", ExitCodes.Failed);
            data.Add(verb.Data, "/proc/self/mem", "input.unreadable", ExitCodes.IoError);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task ABadPath_IsOneDiagnosticNamingIt_WithItsExitCode_AndNothingChanges(string verb, string kind, string rule, int exit)
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project)).ExitCode);
        var path = kind switch
        {
            "missing" => _dir.Combine("nope.json"),
            "directory" => Directory.CreateDirectory(_dir.Combine("a-directory")).FullName,
            _ => kind,
        };
        var before = TreeSnapshot.Of(_dir.Path);
        var args = verb.Replace("{project}", Project, StringComparison.Ordinal).Replace("{fresh}", _dir.Combine("fresh"), StringComparison.Ordinal)
            .Replace("{file}", path, StringComparison.Ordinal).Split(' ');

        var run = await Cli.InProcessAsync(args);

        Assert.True(run.ExitCode == exit, $"exit {run.ExitCode}: {run.Err}");
        Assert.Contains($"[{rule}]", run.Err, StringComparison.Ordinal);
        Assert.Contains(path, run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, _dir.Path);
    }
}
