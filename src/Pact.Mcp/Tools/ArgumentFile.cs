using System.Text.Json;
using Pact.Projects;

namespace Pact.Mcp.Tools;

/// <summary>
/// An artifact passed as a JSON argument, handed to a service that reads files: written to a private temporary
/// file for the call, then deleted. Diagnostics name the argument instead of the temporary path.
/// </summary>
internal static class ArgumentFile
{
    public static async Task<CommandResult<T>> WithAsync<T>(string argument, JsonElement value, Func<string, Task<CommandResult<T>>> call)
        where T : class
    {
        var directory = Directory.CreateTempSubdirectory("pact-mcp-");
        var path = Path.Combine(directory.FullName, $"{argument}.json");
        try
        {
            await File.WriteAllTextAsync(path, value.GetRawText());
            var result = await call(path);
            return result with
            {
                Diagnostics = [.. result.Diagnostics.Select(d => d.File is { } file && (file == path || file.EndsWith($"{argument}.json", StringComparison.Ordinal)) ? d with { File = $"argument '{argument}'" } : d)],
            };
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
