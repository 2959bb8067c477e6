using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Pact.Cli.Tests;

/// <summary>
/// A local HTTP server in the model APIs' place: each OpenAI <c>POST /v1/chat/completions</c> gets the recorded
/// response of <c>Fixtures/openai/chat-completion.json</c>, each Anthropic <c>POST /v1/messages</c> that of
/// <c>Fixtures/anthropic/message.json</c>, its text filled with the answer a scripted agent's directory holds for the
/// prompt's work item (as <see cref="ScriptedPipelineAgent"/> reads them). An implement item is answered with
/// the component's files (<c>code/CID.attemptN/</c>, else <c>code/CID/</c>), since an API cannot edit any. Every
/// request is kept, so a test sees what the real SDK sent.
/// </summary>
internal sealed class ReplayChatApi : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _answers;
    private readonly Task _serving;
    private readonly List<ReplayRequest> _requests = [];

    public ReplayChatApi(string answers)
    {
        _answers = answers;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Root = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The server's root, as the Anthropic SDK takes it (it adds <c>/v1</c> itself).</summary>
    public string Root { get; }

    /// <summary>The OpenAI-style base URL, <c>/v1</c> included.</summary>
    public string BaseUrl => Root + "/v1";

    public IReadOnlyList<ReplayRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener's close ends the loop with an exception: nothing is left to serve.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            lock (_requests)
            {
                _requests.Add(new ReplayRequest(context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"] ?? "", context.Request.Headers["x-api-key"] ?? "", body));
            }

            var path = context.Request.Url!.AbsolutePath;
            var refused = $"{context.Request.Headers["Authorization"]}{context.Request.Headers["x-api-key"]}".Contains(RefusedKey, StringComparison.Ordinal);
            var bytes = Encoding.UTF8.GetBytes((refused ? Refusal(path) : Respond(path, body)).ToJsonString());
            context.Response.StatusCode = refused ? 401 : 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    /// <summary>A key the server refuses, as each API refuses a bad key: HTTP 401 and that API's error body.</summary>
    public const string RefusedKey = "sk-refused";

    private static JsonNode Refusal(string path) => path.EndsWith("/messages", StringComparison.Ordinal)
        ? new JsonObject { ["type"] = "error", ["error"] = new JsonObject { ["type"] = "authentication_error", ["message"] = "invalid x-api-key" } }
        : new JsonObject { ["error"] = new JsonObject { ["message"] = "Incorrect API key provided.", ["type"] = "invalid_request_error", ["code"] = "invalid_api_key" } };

    private JsonNode Respond(string path, JsonObject body)
    {
        var prompt = ReplayRequest.PromptOf(body);
        var match = System.Text.RegularExpressions.Regex.Match(prompt, @"^Work item: (\w+)(?: (\w+))?");
        var (step, id) = match.Success ? (match.Groups[1].Value, match.Groups[2].Success ? match.Groups[2].Value : null) : ("review", null);
        JsonNode answer;
        if (step == "implement")
        {
            var attempt = Requests.Count(r => r.Prompt.StartsWith($"Work item: implement {id}\n", StringComparison.Ordinal));
            var source = Path.Combine(_answers, "code", $"{id}.attempt{attempt}");
            source = Directory.Exists(source) ? source : Path.Combine(_answers, "code", id!);
            var files = new JsonArray();
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                files.Add(new JsonObject { ["path"] = Path.GetRelativePath(source, file), ["content"] = File.ReadAllText(file) });
            }

            answer = new JsonObject { ["summary"] = $"the files of {Path.GetFileName(source)}", ["files"] = files };
        }
        else
        {
            answer = JsonNode.Parse(File.ReadAllText(Path.Combine(_answers, "answers", step + (id is null ? "" : "_" + id) + ".json")))!;
        }

        if (path.EndsWith("/messages", StringComparison.Ordinal))
        {
            var message = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "anthropic", "message.json")))!;
            message["content"]![0]!["text"] = answer.ToJsonString();
            return message;
        }

        var recorded = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "openai", "chat-completion.json")))!;
        recorded["choices"]![0]!["message"]!["content"] = answer.ToJsonString();
        return recorded;
    }
}
