namespace Pact.Tests;

/// <summary>
/// A scripted code agent: a real executable that speaks what <c>claude -p --output-format json</c> and
/// <c>codex exec --json</c> print, and plays the scenario its file names (answer, a refused key, a crash, output of the
/// wrong shape, a hang). It records its arguments, its stdin and whether it saw the credential, so a test can check
/// what the backend sent. No model is reachable here; this is the agent end of the real process boundary.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ScriptedAgent
{
    private readonly TempDirectory _dir;

    public ScriptedAgent(TempDirectory dir, string scenario, string answer = """{"findings": []}""")
    {
        _dir = dir;
        File.WriteAllText(dir.Combine("scenario"), scenario);
        File.WriteAllText(dir.Combine("answer.json"), answer);
        Program = dir.Write("agent", Script.Replace("@DIR@", dir.Path, StringComparison.Ordinal));
        File.SetUnixFileMode(Program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Program { get; }

    /// <summary>The arguments the agent was started with, one per line.</summary>
    public string[] Arguments => File.ReadAllLines(_dir.Combine("argv"));

    public string Stdin => File.ReadAllText(_dir.Combine("stdin"));

    public string SawKey => File.ReadAllText(_dir.Combine("key"));

    private const string Script = """
        #!/usr/bin/python3
        import json, os, sys, time
        d = "@DIR@"
        open(os.path.join(d, "argv"), "w").write("\n".join(sys.argv[1:]))
        open(os.path.join(d, "stdin"), "w").write(sys.stdin.read())
        key = os.environ.get("ANTHROPIC_API_KEY") or os.environ.get("OPENAI_API_KEY") or ""
        open(os.path.join(d, "key"), "w").write(key)
        scenario = open(os.path.join(d, "scenario")).read().strip()
        answer = open(os.path.join(d, "answer.json")).read()
        codex = len(sys.argv) > 1 and sys.argv[1] == "exec"
        if scenario == "hang":
            time.sleep(60)
        if scenario == "crash":
            sys.stderr.write("Segmentation fault in the agent\n")
            sys.exit(139)
        if scenario == "bad_key" or (scenario == "needs_key" and key != "sk-test"):
            if codex:
                print(json.dumps({"type": "thread.started", "thread_id": "t1"}))
                print(json.dumps({"type": "error", "message": "unexpected status 401 Unauthorized: Incorrect API key provided"}))
                print(json.dumps({"type": "turn.failed", "error": {"message": "unexpected status 401 Unauthorized: Incorrect API key provided"}}))
            else:
                print(json.dumps({"type": "result", "subtype": "success", "is_error": True, "result": "Invalid API key · Please run /login", "total_cost_usd": 0}))
            sys.exit(1)
        text = answer if scenario != "prose" else "I looked at the code and it seems fine."
        if codex:
            print(json.dumps({"type": "thread.started", "thread_id": "t1"}))
            print(json.dumps({"type": "turn.started"}))
            print(json.dumps({"type": "item.completed", "item": {"id": "i0", "type": "reasoning", "text": "reading the code"}}))
            print(json.dumps({"type": "item.completed", "item": {"id": "i1", "type": "agent_message", "text": text}}))
            print(json.dumps({"type": "turn.completed", "usage": {"input_tokens": 1200, "cached_input_tokens": 0, "output_tokens": 300}}))
        else:
            record = {"type": "result", "subtype": "success", "is_error": False, "result": text, "total_cost_usd": 0.02,
                      "usage": {"input_tokens": 1000, "output_tokens": 200}, "modelUsage": {"claude-sonnet-4-5": {}}}
            if scenario != "prose":
                record["structured_output"] = json.loads(answer)
            print(json.dumps(record))
        """;
}
