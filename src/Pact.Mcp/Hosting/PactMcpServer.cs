using Pact.Engine;

namespace Pact.Mcp.Hosting;

/// <summary>
/// The one definition of Pact's MCP server: its name and version, the instructions a client shows the model, and
/// the tools, resources and prompts of the role. The stdio host, the HTTP host (and the judge service on it) and the
/// test hosts all build their server here and add only their transport, so no face announces itself differently.
/// </summary>
public static class PactMcpServer
{
    public const string Name = "pact";

    public static string Version { get; } = typeof(PactMcpServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>What the model reads before its first call: where to start, and what this role's server is for.</summary>
    public static string Instructions(McpRole role) =>
        "Pact keeps contracts, locked tests and hidden tests for this project. Call pact_status first: its `next` says which tool to use."
        + role switch
        {
            McpRole.Code => " This server is the implementer's: it judges code against the locked suites and shows hidden suites only as counts and hints.",
            McpRole.Audit => " This server is the auditor's: it writes the plan, contracts and suites (hidden ones too), never the implementation.",
            _ => "",
        };

    /// <summary>Sets what the server says about itself in <c>initialize</c>; the capabilities follow from the primitives registered.</summary>
    public static void Describe(McpServerOptions server, PactMcpOptions options)
    {
        server.ServerInfo = new() { Name = Name, Version = Version };
        server.ServerInstructions = Instructions(options.Role);
    }

    /// <summary>Pact's services (acting as <paramref name="actor"/> in the project log) and the server of <paramref name="options"/>' role; the caller adds the transport.</summary>
    public static IMcpServerBuilder AddPactMcpServer(this IServiceCollection services, PactMcpOptions options, string actor)
    {
        services.AddPact(new PactRuntime { Actor = $"{actor}:{options.Role.ToString().ToLowerInvariant()}" });
        return services.AddMcpServer(server => Describe(server, options)).AddPactPrimitives(options);
    }
}
