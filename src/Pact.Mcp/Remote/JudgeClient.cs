using System.Net.Sockets;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol.Client;
using Pact.Diagnostics;

namespace Pact.Mcp.Remote;

/// <summary>
/// The implementer's side of the separate-user mode: <c>PACT_JUDGE</c> (<c>unix:/path/to/socket</c> or
/// <c>http://127.0.0.1:PORT</c>) names the judge service and <c>PACT_JUDGE_TOKEN</c> carries the code token. When
/// set, the CLI's test, polish and certify and the code-role MCP server's tools send the call there and show its
/// result as if it ran here: the service, as the judge's user, is the only one that can read the audit directory.
/// </summary>
public sealed class JudgeClient(string target, string token)
{
    public const string TargetVariable = "PACT_JUDGE";
    public const string TokenVariable = "PACT_JUDGE_TOKEN";
    public const string UnreachableRule = "judge.service_unreachable";

    public string Target { get; } = target;

    /// <summary>The configured service, or null (everything then runs locally, as before).</summary>
    public static JudgeClient? FromEnvironment() =>
        Environment.GetEnvironmentVariable(TargetVariable) is { Length: > 0 } target
            ? new JudgeClient(target, Environment.GetEnvironmentVariable(TokenVariable) ?? "")
            : null;

    /// <summary>Calls one tool on the service and returns its result as it came.</summary>
    public async Task<CallToolResult> CallAsync(string tool, IReadOnlyDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        await using var client = await ConnectAsync(cancellationToken);
        return await client.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
    }

    /// <summary>An MCP session with the service (over its Unix socket or loopback port), authenticated with the token.</summary>
    public async Task<McpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var (endpoint, socket) = Parse(Target);
        var handler = new SocketsHttpHandler();
        if (socket is not null)
        {
            handler.ConnectCallback = async (_, ct) =>
            {
                var connection = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await connection.ConnectAsync(new UnixDomainSocketEndPoint(socket), ct);
                    return new NetworkStream(connection, ownsSocket: true);
                }
                catch
                {
                    connection.Dispose();
                    throw;
                }
            };
        }

        var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var options = new HttpClientTransportOptions
        {
            Endpoint = endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
        };

        // The transport owns the HTTP client; the MCP client owns the transport.
        var transport = new HttpClientTransport(options, http, loggerFactory: null, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, new McpClientOptions { ProtocolVersion = "2025-11-25" }, cancellationToken: cancellationToken);
    }

    /// <summary>A tool call passed through as it came back; a service that cannot be reached is an error result naming it.</summary>
    public async Task<CallToolResult> ForwardAsync(string tool, IReadOnlyDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync(tool, arguments, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or IOException or ModelContextProtocol.McpException or UnauthorizedAccessException)
        {
            return new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = $"{UnreachableRule}: the judge service at {Target} ({TargetVariable}) did not answer: {e.Message}; ask the auditor to start it" }] };
        }
    }

    /// <summary>
    /// Calls a tool and reads the command result it carries. A service that cannot be reached, or an answer with no
    /// result in it, comes back as a failed result with a diagnostic, never as a local run.
    /// </summary>
    public async Task<CommandResult<T>> CallAsync<T>(string command, string tool, IReadOnlyDictionary<string, object?> arguments, JsonTypeInfo<CommandResult<T>> type, CancellationToken cancellationToken)
        where T : class
    {
        CallToolResult result;
        try
        {
            result = await CallAsync(tool, arguments, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or IOException or ModelContextProtocol.McpException or UnauthorizedAccessException)
        {
            return CommandResults.Fail<T>(command, Outcome.Invalid, new Diagnostic
            {
                Rule = UnreachableRule,
                Message = $"the judge service at {Target} ({TargetVariable}) did not answer: {e.Message}",
                Fix = $"ask the auditor to start it (`pact mcp --role audit --audit-dir … --socket …` as the judge's user) and check {TokenVariable} holds the code token",
            });
        }

        if (result.StructuredContent is { } json && json.Deserialize(type) is { } parsed)
        {
            return parsed;
        }

        var text = string.Join(" ", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        return CommandResults.Fail<T>(command, Outcome.Invalid, new Diagnostic { Rule = UnreachableRule, Message = $"the judge service's answer carried no result: {text}", Fix = "check that the service runs the same Pact version" });
    }

    private static (Uri Endpoint, string? Socket) Parse(string target)
    {
        if (target.StartsWith("unix:", StringComparison.Ordinal))
        {
            // The host name only fills the Host header, which HttpGuard requires to be a loopback name.
            return (new Uri("http://localhost/mcp"), target["unix:".Length..]);
        }

        var uri = new Uri(target, UriKind.Absolute);
        return (uri.AbsolutePath is "" or "/" ? new Uri(uri, "/mcp") : uri, null);
    }
}
