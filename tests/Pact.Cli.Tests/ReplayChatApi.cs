using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Pact.Cli.Tests;

/// <summary>
/// A local HTTP server in the OpenAI API's place: each <c>POST …/chat/completions</c> gets the recorded response of
/// <c>Fixtures/openai/chat-completion.json</c>, its message filled with the answer a scripted agent's directory holds
/// for the prompt's work item (as <see cref="ScriptedPipelineAgent"/> reads them). An implement item is answered with
/// the component's files (<c>code/CID.attemptN/</c>, else <c>code/CID/</c>), since an API cannot edit any. Every
/// request is kept, so a test sees what the real SDK sent.
/// </summary>
internal sealed class ReplayChatApi : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _answers;
    private readonly Task _serving;
    private readonly List<(string Authorization, JsonObject Body)> _requests = [];

    public ReplayChatApi(string answers)
    {
        _answers = answers;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public IReadOnlyList<(string Authorization, JsonObject Body)> Requests
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
                _requests.Add((context.Request.Headers["Authorization"] ?? "", body));
            }

            var bytes = Encoding.UTF8.GetBytes(Respond(body).ToJsonString());
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private JsonNode Respond(JsonObject body)
    {
        var messages = body["messages"]!.AsArray();
        var content = messages[^1]!["content"]!;
        var prompt = content.GetValueKind() == System.Text.Json.JsonValueKind.String ? content.GetValue<string>() : string.Concat(content.AsArray().Select(p => (string?)p!["text"]));
        var match = System.Text.RegularExpressions.Regex.Match(prompt, @"^Work item: (\w+)(?: (\w+))?");
        var (step, id) = match.Success ? (match.Groups[1].Value, match.Groups[2].Success ? match.Groups[2].Value : null) : ("review", null);
        JsonNode answer;
        if (step == "implement")
        {
            var attempt = Requests.Count(r => ((string?)r.Body["messages"]!.AsArray()[^1]!["content"])?.StartsWith($"Work item: implement {id}\n", StringComparison.Ordinal) == true);
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

        var recorded = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "openai", "chat-completion.json")))!;
        recorded["choices"]![0]!["message"]!["content"] = answer.ToJsonString();
        return recorded;
    }
}
