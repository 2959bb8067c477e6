namespace Pact.Tests;

/// <summary>
/// A scripted code agent for <c>pact run</c>: a real executable that speaks the <c>claude -p --output-format json</c>
/// and <c>codex exec --json</c> formats and plays a prepared project. It reads the "Work item:" line of its prompt and
/// answers <c>answers/&lt;step&gt;[_&lt;component&gt;].json</c>; for an implement item it copies
/// <c>code/&lt;component&gt;.attempt&lt;N&gt;/</c> (else <c>code/&lt;component&gt;/</c>) into <c>src/&lt;component&gt;/</c> of its working
/// directory, as an agent with edit tools would (after <c>delay</c> seconds, when set); a prompt with no work item is a
/// review (<c>answers/review.json</c>). Calls may come at once: their numbering takes a lock, and each call's start and
/// end are kept in <c>times</c>.
/// Each call costs what <c>cost</c> says and is logged, one line per call, in <c>calls</c>, its prompt and arguments
/// kept as <c>prompt.&lt;n&gt;</c> and <c>argv.&lt;n&gt;</c>. No model is reachable here: this is the agent end of the
/// real process boundary.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ScriptedPipelineAgent
{
    private readonly TempDirectory _dir;

    public ScriptedPipelineAgent(TempDirectory dir, double cost = 0.02)
    {
        _dir = dir;
        Directory.CreateDirectory(dir.Combine("answers"));
        Directory.CreateDirectory(dir.Combine("code"));
        File.WriteAllText(dir.Combine("cost"), cost.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Program = dir.Write("agent", Script.Replace("@DIR@", dir.Path, StringComparison.Ordinal));
        File.SetUnixFileMode(Program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Program { get; }

    /// <summary>Where its answers (<c>answers/</c>) and code (<c>code/</c>) are, for another agent to play the same project.</summary>
    public string Root => _dir.Path;

    /// <summary>The work items asked for, in order ("contract money", "implement money 2", "review").</summary>
    public string[] Calls => File.Exists(_dir.Combine("calls")) ? File.ReadAllLines(_dir.Combine("calls")) : [];

    /// <summary>The work items of the calls started so far, finished or not ("implement money").</summary>
    public string[] Started => File.Exists(_dir.Combine("seq")) ? File.ReadAllLines(_dir.Combine("seq")) : [];

    /// <summary>The prompt of the <paramref name="n"/>th call (1-based).</summary>
    public string Prompt(int n) => File.ReadAllText(_dir.Combine($"prompt.{n}"));

    /// <summary>The arguments of the <paramref name="n"/>th call, one per line.</summary>
    public string[] Arguments(int n) => File.ReadAllLines(_dir.Combine($"argv.{n}"));

    /// <summary>Seconds each implement call takes (so calls made at once can be seen to overlap).</summary>
    public void Delay(double seconds) => File.WriteAllText(_dir.Combine("delay"), seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Each finished call's start and end (Unix seconds) and its work item, in the order they finished.</summary>
    public (double Start, double End, string Item)[] Times => File.Exists(_dir.Combine("times"))
        ? [.. File.ReadAllLines(_dir.Combine("times")).Select(l => l.Split(' ', 3)).Select(p => (double.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2]))]
        : [];

    /// <summary>The most calls that were running at one moment.</summary>
    public int MostAtOnce => Times is var all && all.Length == 0 ? 0 : all.Max(t => all.Count(o => o.Start <= t.Start && t.Start < o.End));

    public void Answer(string item, string json) => File.WriteAllText(_dir.Combine("answers", item + ".json"), json);

    public void AnswerFile(string item, string path) => File.Copy(path, _dir.Combine("answers", item + ".json"), overwrite: true);

    /// <summary>What the agent writes for <paramref name="component"/> (at <paramref name="attempt"/> only, when given).</summary>
    public void Code(string component, string fromDirectory, int? attempt = null)
    {
        var target = _dir.Combine("code", attempt is { } n ? $"{component}.attempt{n}" : component);
        foreach (var file in Directory.EnumerateFiles(fromDirectory, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(fromDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
    }

    public void Code(string component, int attempt, string file, string content) =>
        _dir.Write(Path.Combine("code", $"{component}.attempt{attempt}", file), content);

    private const string Script = """
        #!/usr/bin/python3
        import fcntl, json, os, re, shutil, sys, time
        d = "@DIR@"
        prompt = sys.stdin.read()
        codex = len(sys.argv) > 1 and sys.argv[1] == "exec"
        m = re.match(r"Work item: (\w+)(?: (\w+))?", prompt)
        step, cid = (m.group(1), m.group(2)) if m else ("review", None)
        calls = os.path.join(d, "calls")
        started = time.time()
        # Calls may come at once (parallel components, competing attempts): number them under a lock.
        with open(os.path.join(d, "lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            seq = os.path.join(d, "seq")
            before = open(seq).read().splitlines() if os.path.exists(seq) else []
            n = len(before) + 1
            attempt = len([l for l in before if l == "implement %s" % cid]) + 1 if step == "implement" else None
            with open(seq, "a") as out:
                out.write(" ".join([x for x in [step, cid] if x]) + "\n")
            fcntl.flock(lock, fcntl.LOCK_UN)
        open(os.path.join(d, "prompt.%d" % n), "w").write(prompt)
        open(os.path.join(d, "argv.%d" % n), "w").write("\n".join(sys.argv[1:]))
        if step == "implement":
            if os.path.exists(os.path.join(d, "delay")):
                time.sleep(float(open(os.path.join(d, "delay")).read()))
            source = os.path.join(d, "code", "%s.attempt%d" % (cid, attempt))
            if not os.path.isdir(source):
                source = os.path.join(d, "code", cid)
            target = os.path.join(os.getcwd(), "src", cid)
            os.makedirs(target, exist_ok=True)
            for root, _, files in os.walk(source):
                for f in files:
                    rel = os.path.relpath(os.path.join(root, f), source)
                    os.makedirs(os.path.dirname(os.path.join(target, rel)), exist_ok=True)
                    shutil.copyfile(os.path.join(root, f), os.path.join(target, rel))
            answer = {"summary": "wrote src/%s from %s" % (cid, os.path.basename(source))}
        else:
            name = step + ("_" + cid if cid else "")
            answer = json.load(open(os.path.join(d, "answers", name + ".json")))
        with open(os.path.join(d, "lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            with open(calls, "a") as log:
                log.write(" ".join([x for x in [step, cid, str(attempt) if attempt else None] if x]) + "\n")
            with open(os.path.join(d, "times"), "a") as log:
                log.write("%f %f %s\n" % (started, time.time(), " ".join([x for x in [step, cid] if x])))
            fcntl.flock(lock, fcntl.LOCK_UN)
        cost = float(open(os.path.join(d, "cost")).read())
        if codex:
            print(json.dumps({"type": "thread.started", "thread_id": "t1"}))
            print(json.dumps({"type": "item.completed", "item": {"id": "i1", "type": "agent_message", "text": json.dumps(answer)}}))
            print(json.dumps({"type": "turn.completed", "usage": {"input_tokens": 1200, "cached_input_tokens": 0, "output_tokens": 300}}))
        else:
            print(json.dumps({"type": "result", "subtype": "success", "is_error": False, "result": json.dumps(answer),
                              "structured_output": answer, "total_cost_usd": cost,
                              "usage": {"input_tokens": 1000, "output_tokens": 200}, "modelUsage": {"claude-sonnet-4-5": {}}}))
        """;
}
