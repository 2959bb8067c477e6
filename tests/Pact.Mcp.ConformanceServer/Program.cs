using System.Net;
using Pact.Mcp.ConformanceServer;
using Pact.Mcp.Hosting;

// Usage: Pact.Mcp.ConformanceServer <port> <project-dir>. Serves http://127.0.0.1:<port>/mcp until killed.
var port = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
await using var app = PactMcpHttpHost.Build(
    new PactMcpOptions { ProjectDir = args[1], Tier = ToolTier.All },
    new IPEndPoint(IPAddress.Loopback, port),
    token: null,
    extra: mcp => mcp.AddConformanceFixtures());
await app.RunAsync();
