using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;

namespace Pact.Mcp.Hosting;

/// <summary>
/// Sits between stdin/stdout and the SDK's stream transport. Every input line that is not a JSON object or array is
/// answered with a JSON-RPC parse error (-32700, id null) instead of being dropped silently; every output line is
/// written whole under one lock, so those answers can never interleave with the server's own messages.
/// </summary>
public sealed class LineGuard
{
    private const int MaxLineBytes = 64 << 20;
    private readonly Stream _output;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Pipe _toServer = new();

    // Ids of requests forwarded and not yet answered, so the server can finish them after stdin closes.
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    public LineGuard(Stream output)
    {
        _output = output;
        ServerOutput = new WholeLineStream(this);
    }

    /// <summary>The stream the transport reads: only lines that parse as JSON.</summary>
    public Stream ServerInput => _toServer.Reader.AsStream();

    /// <summary>The stream the transport writes: forwarded to stdout a whole line at a time.</summary>
    public Stream ServerOutput { get; }

    /// <summary>Copies <paramref name="input"/> to the server line by line until it ends.</summary>
    public async Task PumpAsync(Stream input, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(input);
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } end)
                {
                    await ForwardAsync(buffer.Slice(0, end), cancellationToken);
                    buffer = buffer.Slice(buffer.GetPosition(1, end));
                }

                if (buffer.Length > MaxLineBytes)
                {
                    await WriteLineAsync(Error(-32600, $"message larger than {MaxLineBytes >> 20} MiB"), cancellationToken);
                    buffer = buffer.Slice(buffer.End);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (read.IsCompleted)
                {
                    if (!buffer.IsEmpty)
                    {
                        await ForwardAsync(buffer, cancellationToken);
                    }

                    break;
                }
            }
        }
        finally
        {
            // The server's input stays open: ending it makes the SDK cancel requests still running. The host closes
            // it with CloseServerInputAsync once the answers are out.
            await reader.CompleteAsync();
        }
    }

    private async Task ForwardAsync(ReadOnlySequence<byte> line, CancellationToken cancellationToken)
    {
        var bytes = line.ToArray();
        var text = bytes.AsSpan().Trim((byte)'\r').Trim((byte)' ');
        if (text.IsEmpty)
        {
            return;
        }

        if (NotJson(text) is { } why)
        {
            await WriteLineAsync(Error(-32700, why), cancellationToken);
            return;
        }

        if (RequestId(text) is { } id)
        {
            _pending.TryAdd(id, 0);
        }

        await _toServer.Writer.WriteAsync(bytes, cancellationToken);
        await _toServer.Writer.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    public ValueTask CloseServerInputAsync() => _toServer.Writer.CompleteAsync();

    /// <summary>Waits (up to <paramref name="limit"/>) until every forwarded request has its answer on stdout.</summary>
    public async Task DrainAsync(TimeSpan limit)
    {
        var deadline = Environment.TickCount64 + (long)limit.TotalMilliseconds;
        while (!_pending.IsEmpty && Environment.TickCount64 < deadline)
        {
            await Task.Delay(10);
        }
    }

    /// <summary>The id of a request (a message with both "method" and "id"), or of a response (with "id" and no "method").</summary>
    private static string? RequestId(ReadOnlySpan<byte> message, bool response = false)
    {
        try
        {
            using var doc = JsonDocument.Parse(message.ToArray());
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || id.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return root.TryGetProperty("method", out _) == !response ? id.GetRawText() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Why the line cannot go to the server, or null. The depth limit is the SDK's own (System.Text.Json's default);
    /// checking it here, without recursion, turns a line nested past it into an answer rather than a dropped message.
    /// </summary>
    private static string? NotJson(ReadOnlySpan<byte> text)
    {
        const string NotJsonMessage = "parse error: the line is not JSON (one JSON-RPC message per line is expected)";
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = Pact.Documents.DocumentLimits.MaxDepth });
        try
        {
            return reader.Read() && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.TrySkip() && !reader.Read() ? null : NotJsonMessage;
        }
        catch (JsonException)
        {
            return reader.CurrentDepth >= Pact.Documents.DocumentLimits.MaxDepth - 1
                ? $"parse error: the message is nested deeper than {Pact.Documents.DocumentLimits.MaxDepth} levels"
                : NotJsonMessage;
        }
    }

    private static byte[] Error(int code, string message) =>
        Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{{\"code\":{code},\"message\":{JsonSerializer.Serialize(message, Pact.Serialization.PactJson.Context.String)}}}}}");

    internal async Task WriteLineAsync(ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await _output.WriteAsync(line, cancellationToken);
            if (line.Length == 0 || line.Span[^1] != (byte)'\n')
            {
                await _output.WriteAsync("\n"u8.ToArray(), cancellationToken);
            }

            await _output.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }

        if (!_pending.IsEmpty && RequestId(line.Span, response: true) is { } answered)
        {
            _pending.TryRemove(answered, out _);
        }
    }
}
