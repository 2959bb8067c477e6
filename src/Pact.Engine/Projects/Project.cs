using System.Text.Json.Nodes;
using Pact.Configuration;

namespace Pact.Engine.Projects;

/// <summary>An opened project: where it is and its validated pact.yaml (typed, and as written, for merges that keep unknown-to-us formatting choices out).</summary>
public sealed record Project
{
    public required ProjectLayout Layout { get; init; }
    public required PactConfig Config { get; init; }
    public required JsonObject ConfigDocument { get; init; }
}
