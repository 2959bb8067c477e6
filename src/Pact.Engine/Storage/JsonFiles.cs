using System.Text.Json.Serialization.Metadata;

namespace Pact.Engine.Storage;

/// <summary>Small JSON files Pact keeps for itself (a heartbeat, an approval), where one that is missing or unreadable counts as none.</summary>
public static class JsonFiles
{
    /// <summary>The value in <paramref name="path"/>, or null when there is no file or it cannot be read as <typeparamref name="T"/>.</summary>
    public static T? ReadOrNull<T>(string path, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), type) : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="value"/> whole, then moves it into place, so a reader never sees half of it.</summary>
    public static void WriteWhole<T>(string path, T value, JsonTypeInfo<T> type)
    {
        var temp = path + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(value, type));
        File.Move(temp, path, overwrite: true);
    }
}
