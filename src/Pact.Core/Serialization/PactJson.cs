using System.Text.Json;

namespace Pact.Serialization;

/// <summary>The serializer options every part of Pact uses (built from <see cref="PactJsonContext"/>, frozen).</summary>
public static class PactJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(PactJsonContext.Default.Options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
