using System.Net.Sockets;

namespace Pact.Engine.Judge.Reporting;

/// <summary>
/// The parent's end of a run's reporter channel: a Unix socket in the sandbox's read-only harness directory, listened
/// on before the runner starts. Exactly one connection is accepted — the Pact-owned reporter's, made when the runner
/// loads it, before any implementation code is imported — and the listener is closed at once, so code under test
/// cannot open a second one. Records are JSON lines: <c>{"t":"case","id":…,"outcome":"passed|failed|error|skipped"}</c>,
/// <c>{"t":"start","id":…}</c> as a test begins (so a timeout can name the test it stopped), <c>{"t":"collect_error"}</c>,
/// <c>{"t":"end"[,"exit":n]}</c>; nothing else, and nothing a verdict does not need.
/// </summary>
public sealed class ReporterChannel : IDisposable
{
    /// <summary>More than any suite's records (a record is under 300 bytes); beyond it the channel is a flood, not a report.</summary>
    private const int Cap = 1 << 20;

    private readonly Socket _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<ChannelRecords> _reading;
    private Socket? _connection;

    private ReporterChannel(Socket listener)
    {
        _listener = listener;
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>The socket's file name in the harness directory.</summary>
    public const string FileName = "results.sock";

    /// <summary>Listens at <paramref name="path"/>; null with the reason when the platform or the path cannot take a socket.</summary>
    public static (ReporterChannel? Channel, string? Problem) Open(string path)
    {
        if (!Socket.OSSupportsUnixDomainSockets)
        {
            return (null, "this platform has no Unix domain sockets for the reporter channel");
        }

        if (Encoding.UTF8.GetByteCount(path) > 100)
        {
            return (null, $"the reporter channel's path is too long for a Unix socket ({path}); set TMPDIR to a shorter directory");
        }

        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            listener.Bind(new UnixDomainSocketEndPoint(path));
            listener.Listen(1);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            return (new ReporterChannel(listener), null);
        }
        catch (SocketException e)
        {
            listener.Dispose();
            return (null, $"the reporter channel could not listen at {path}: {e.Message}");
        }
    }

    /// <summary>
    /// Called when the run has ended: what arrived. Every process of an honest run is gone, so the reporter's end of
    /// the socket is closed; one still open after <paramref name="grace"/> is held by something that outlived the run.
    /// </summary>
    public async Task<ChannelRecords> FinishAsync(TimeSpan grace)
    {
        var done = await Task.WhenAny(_reading, Task.Delay(grace));
        if (done == _reading)
        {
            return await _reading;
        }

        var connected = _connection is not null;
        _stop.Cancel();
        _listener.Dispose();
        _connection?.Dispose();
        var partial = await _reading;
        return !connected
            ? ChannelRecords.None
            : partial with { Problem = partial.Problem ?? "the reporter's channel was still open after the run ended: a process that outlived the run holds it" };
    }

    private async Task<ChannelRecords> ReadAsync()
    {
        try
        {
            _connection = await _listener.AcceptAsync(_stop.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            return ChannelRecords.None;
        }

        // One connection only: a second connect is refused from here on.
        _listener.Dispose();
        var parser = new RecordParser();
        var buffer = new byte[16 * 1024];
        var pending = new List<byte>();
        var total = 0;
        try
        {
            while (true)
            {
                var read = await _connection.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > Cap)
                {
                    parser.Fail($"the reporter channel carried more than {Cap} bytes");
                    break;
                }

                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] == (byte)'\n')
                    {
                        parser.Line(Encoding.UTF8.GetString([.. pending]));
                        pending.Clear();
                    }
                    else
                    {
                        pending.Add(buffer[i]);
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped by FinishAsync: what arrived so far is the answer, with the reason it is incomplete.
        }

        // Our side closes too, so a reporter waiting for the other end to finish is not kept alive.
        _connection.Dispose();
        if (pending.Count > 0)
        {
            parser.Fail("the reporter channel ended in the middle of a record");
        }

        return parser.Result();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
        _connection?.Dispose();
        _stop.Dispose();
    }

    /// <summary>Turns lines into <see cref="ChannelRecords"/>; the first thing no honest reporter sends is the problem.</summary>
    private sealed class RecordParser
    {
        private readonly List<ReportedCase> _cases = [];
        private int _collectErrors;
        private string? _running;
        private bool _ended;
        private int? _exit;
        private string? _problem;

        public void Fail(string problem) => _problem ??= problem;

        public void Line(string line)
        {
            if (_ended)
            {
                Fail("a record arrived on the reporter channel after its end-of-session record");
                return;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                switch (type)
                {
                    case "case" when root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && root.TryGetProperty("outcome", out var outcome):
                        _running = _running == id.GetString() ? null : _running;
                        _cases.Add(new ReportedCase(id.GetString()!, outcome.GetString() switch
                        {
                            "passed" => CaseOutcome.Passed,
                            "failed" => CaseOutcome.Failed,
                            _ => CaseOutcome.NotRun,
                        }));
                        break;
                    case "start" when root.TryGetProperty("id", out var started) && started.ValueKind == JsonValueKind.String:
                        _running = started.GetString();
                        break;
                    case "collect_error":
                        _collectErrors++;
                        break;
                    case "end":
                        _ended = true;
                        _exit = root.TryGetProperty("exit", out var exit) && exit.TryGetInt32(out var code) ? code : null;
                        break;
                    default:
                        Fail($"the reporter channel carried a line that is not a record: {Short(line)}");
                        break;
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                Fail($"the reporter channel carried a line that is not a record: {Short(line)}");
            }
        }

        public ChannelRecords Result() => new()
        {
            Connected = true,
            Cases = _cases,
            CollectErrors = _collectErrors,
            Running = _running,
            Ended = _ended,
            ExitStatus = _exit,
            Problem = _problem,
        };

        private static string Short(string line) => line.Length <= 120 ? line : line[..120] + "…";
    }
}
