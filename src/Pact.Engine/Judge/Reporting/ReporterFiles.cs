namespace Pact.Engine.Judge.Reporting;

/// <summary>
/// The Pact-owned reporters, written into the sandbox's harness directory (read-only to the run) with the channel's
/// path in them. Each connects when its runner loads it — pytest imports <c>-p</c> plugins before the ini puts the
/// implementations on sys.path; node loads <c>--test-reporter</c> modules in the runner process, and the test file
/// (with the implementation) runs in a child process that never holds the socket — and sends one record per test
/// and an end record. A record names the test and its outcome only: no output, no values.
/// </summary>
public static class ReporterFiles
{
    public const string PythonModule = "results_channel";
    public const string NodeReporter = "results-channel.mjs";

    /// <summary>Writes both reporters for the channel at <paramref name="socketInside"/> (the path the run sees).</summary>
    public static void Write(string harnessDir, string socketInside)
    {
        var literal = System.Text.Json.JsonSerializer.Serialize(socketInside, Pact.Serialization.PactJson.Context.String);
        File.WriteAllText(Path.Combine(harnessDir, PythonModule + ".py"), Python.Replace("@SOCKET@", literal, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(harnessDir, NodeReporter), Node.Replace("@SOCKET@", literal, StringComparison.Ordinal));
    }

    private const string Python = """
        # Results of this run, one record per test, to the process that started it.
        import json as _json
        import socket as _socket

        _sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        _sock.connect(@SOCKET@)
        _state = {}
        _RANK = {"passed": 0, "skipped": 1, "failed": 2, "error": 3}

        def _send(record):
            try:
                _sock.sendall((_json.dumps(record, separators=(",", ":")) + "\n").encode("utf-8"))
            except OSError:
                pass

        def pytest_collectreport(report):
            if report.failed:
                _send({"t": "collect_error"})

        def pytest_runtest_logstart(nodeid, location):
            _send({"t": "start", "id": nodeid.split("::")[-1]})

        def pytest_runtest_logreport(report):
            if report.failed:
                outcome = "failed" if report.when == "call" else "error"
            elif report.skipped:
                outcome = "skipped"
            else:
                outcome = "passed"
            worst = _state.get(report.nodeid, "passed")
            if _RANK[outcome] > _RANK[worst]:
                worst = outcome
            if report.when == "teardown":
                _state.pop(report.nodeid, None)
                _send({"t": "case", "id": report.nodeid.split("::")[-1], "outcome": worst})
            else:
                _state[report.nodeid] = worst

        def pytest_sessionfinish(session, exitstatus):
            _send({"t": "end", "exit": int(exitstatus)})
            try:
                _sock.close()
            except OSError:
                pass

        """;

    private const string Node = """
        // Results of this run, one record per test, to the process that started it.
        import { connect } from "node:net";

        const socket = connect(@SOCKET@);
        socket.on("error", () => {});
        const send = (record) => socket.write(JSON.stringify(record) + "\n");

        export default async function* results(source) {
          for await (const event of source) {
            if (event.type === "test:start") {
              send({ t: "start", id: String(event.data.name) });
              continue;
            }
            if (event.type !== "test:pass" && event.type !== "test:fail") continue;
            const data = event.data;
            if (data.details?.type === "suite") continue;
            const skipped = data.skip !== undefined || data.todo !== undefined;
            send({ t: "case", id: String(data.name), outcome: event.type === "test:fail" ? "failed" : skipped ? "skipped" : "passed" });
          }
          await new Promise((resolve) => {
            socket.once("close", resolve);
            socket.end(JSON.stringify({ t: "end" }) + "\n", resolve);
          });
          socket.destroy();
        }

        """;
}
