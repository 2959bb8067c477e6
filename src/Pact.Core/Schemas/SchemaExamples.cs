namespace Pact.Schemas;

/// <summary>
/// A small valid artifact of each kind a person or an agent writes (<c>pact schema &lt;name&gt; --example</c>), embedded
/// from <c>Schemas/Examples/&lt;name&gt;.yaml</c>. The kinds Pact writes itself (results, state, log, locks,
/// certificates) have none: nobody should hand-write one.
/// </summary>
public static class SchemaExamples
{
    /// <summary>The example's YAML, or null for a kind only Pact writes.</summary>
    public static string? Text(ArtifactKind kind)
    {
        using var stream = typeof(SchemaExamples).Assembly.GetManifestResourceStream($"Pact.Schemas.Examples.{SchemaCatalog.NameOf(kind)}.yaml");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
