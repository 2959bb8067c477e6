using System.Text.Json.Nodes;

namespace Pact.Engine.Projects;

/// <summary>An opened project: where it is and its validated pact.yaml (typed, and as written, for merges that keep unknown-to-us formatting choices out).</summary>
public sealed record Project
{
    public required ProjectLayout Layout { get; init; }
    public required PactConfig Config { get; init; }
    public required JsonObject ConfigDocument { get; init; }

    /// <summary>The language pact.yaml names, resolved in the registry when the project was opened.</summary>
    public required ILanguage Language { get; init; }
}
