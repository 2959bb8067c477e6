using Pact.Engine.Handoff;
using Pact.Engine.Reviews;
using Answering = Pact.Engine.Reviews.ReviewPrompt.Answering;

namespace Pact.Engine.Pipeline;

/// <summary>
/// The prompt of each language-model phase before the review, filled from the project's own artifacts and the schema
/// of what the phase produces. One text for both drivers: the host agent reads it from the MCP prompts and submits
/// with the phase's tool; a backend driven by <c>pact run</c> answers it as one JSON object, which Pact submits through
/// the same tool's service, gates and all. A backend's text starts with a "Work item:" line naming the step.
/// </summary>
public sealed class PhasePrompts(HandoffService handoff)
{
    public async Task<string> InterviewAsync(ProjectLayout layout, Answering answering, CancellationToken cancellationToken) =>
        Start(answering, "interview", null)
            .AppendLine("Read the task and SOPs below. Find the risks, the ambiguities and the questions only the user can answer;")
            .AppendLine("state the assumptions you would make and the acceptance criteria that would prove the task done.")
            .AppendLine(Submit(answering, "pact_interview"))
            .Append(Section("task.md", await ReadAsync(layout, layout.TaskMd, cancellationToken)))
            .Append(Section("sops.md", await ReadAsync(layout, layout.SopsMd, cancellationToken)))
            .Append(Section("schema: interview", SchemaCatalog.Text(ArtifactKind.Interview)))
            .ToString();

    public async Task<string> ShapeAsync(ProjectLayout layout, Answering answering, CancellationToken cancellationToken) =>
        Start(answering, "shape", null)
            .AppendLine("Write a Shape Up pitch for the task: the problem, the appetite (small or big), a breadboard of places,")
            .AppendLine("affordances and connections, the rabbit holes with how each is patched, and the no-gos.")
            .AppendLine(Submit(answering, "pact_shape"))
            .Append(Section("task.md", await ReadAsync(layout, layout.TaskMd, cancellationToken)))
            .Append(Section("schema: pitch", SchemaCatalog.Text(ArtifactKind.Pitch)))
            .ToString();

    public async Task<string> DecomposeAsync(ProjectLayout layout, Answering answering, CancellationToken cancellationToken) =>
        Start(answering, "decompose", null)
            .AppendLine("Decompose the task into a tree of components: 2 to 7 children per decomposed node, ids in lower snake_case")
            .AppendLine("(they become directory names), one clear responsibility each, no dependency cycles. Leaves are implemented;")
            .AppendLine("parents compose their children.")
            .AppendLine(Submit(answering, "pact_decompose"))
            .Append(Section("task.md", await ReadAsync(layout, layout.TaskMd, cancellationToken)))
            .Append(Section("decomposition/interview.json", await ReadAsync(layout, layout.InterviewJson, cancellationToken)))
            .Append(Section("decomposition/pitch.json", await ReadAsync(layout, layout.PitchJson, cancellationToken)))
            .Append(Section("schema: decomposition", SchemaCatalog.Text(ArtifactKind.Decomposition)))
            .ToString();

    public async Task<string> ContractAsync(ProjectLayout layout, string componentId, Answering answering, CancellationToken cancellationToken) =>
        Start(answering, "contract", componentId)
            .AppendLine($"Write the contract of component '{componentId}': its types (with validators), its functions (inputs, output_type,")
            .AppendLine("error cases, pre- and postconditions), invariants, dependencies, data_access and authority with specific rationales.")
            .AppendLine("Every type name you use must be a primitive, a type you define, or a dependency's type.")
            .AppendLine(Submit(answering, "pact_contract"))
            .Append(Section("task.md", await ReadAsync(layout, layout.TaskMd, cancellationToken)))
            .Append(Section("decomposition/tree.json", await ReadAsync(layout, layout.TreeJson, cancellationToken)))
            .Append(Section("schema: contract", SchemaCatalog.Text(ArtifactKind.Contract)))
            .ToString();

    public async Task<string> TestsAsync(ProjectLayout layout, string componentId, Answering answering, CancellationToken cancellationToken) =>
        Start(answering, "tests", componentId)
            .AppendLine($"Write the visible test suite of component '{componentId}' from its contract: at least one happy_path test per")
            .AppendLine("function, one error_case test per declared error case, edge cases from preconditions and validators, and invariant")
            .AppendLine("tests. Every case id must appear in generated_code.")
            .AppendLine(Submit(answering, "pact_tests"))
            .Append(Section($"contracts/{componentId}/interface.json", await ContractTextAsync(layout, componentId, cancellationToken)))
            .Append(Section("schema: test_suite", SchemaCatalog.Text(ArtifactKind.TestSuite)))
            .ToString();

    public async Task<string> GoodhartAsync(ProjectLayout layout, string componentId, Answering answering, CancellationToken cancellationToken) =>
        Start(answering, "goodhart", componentId)
            .AppendLine($"Write hidden tests for component '{componentId}' that an implementation gaming the visible tests would fail:")
            .AppendLine("hard-coded answers, boundaries next to the tested values, invariants over many inputs, postconditions for every")
            .AppendLine("input class. Name Python tests test_goodhart_*. Each case description states the behavioural property it checks")
            .AppendLine("(it becomes a hint), never the expected value. Never show these tests to the implementer.")
            .AppendLine(Submit(answering, "pact_goodhart"))
            .Append(Section($"contracts/{componentId}/interface.json", await ContractTextAsync(layout, componentId, cancellationToken)))
            .Append(Section("visible suite (what the implementer sees)", ComponentIds.IsValid(componentId) ? await ReadAsync(layout, layout.SuiteJson(componentId), cancellationToken) : ""))
            .Append(Section("schema: test_suite", SchemaCatalog.Text(ArtifactKind.TestSuite)))
            .ToString();

    /// <summary>
    /// Tightening a contract <c>pact adopt</c> drafted: the draft, the adopted code it was read from, and the schema.
    /// The code is the truth here (it exists and passes its smoke suite); the contract is made to say what it does.
    /// </summary>
    public async Task<string> TightenAdoptedAsync(ProjectLayout layout, string componentId, Answering answering, CancellationToken cancellationToken)
    {
        var text = Start(answering, "tighten", componentId)
            .AppendLine($"The contract of component '{componentId}' was drafted by pact adopt from existing code, mechanically: every public")
            .AppendLine("function and class with its parameters, and Any wherever the code has no annotation. Read the code below and make the")
            .AppendLine("contract say what it does: concrete types instead of Any, validators on inputs and fields, the error cases it raises,")
            .AppendLine("pre- and postconditions a test can check, invariants, data_access and authority. Keep every function and type name")
            .AppendLine("and every parameter in its order (the adopted code and its smoke suite import them); change no file under src/.")
            .AppendLine(Submit(answering, "pact_contract"))
            .Append(Section($"contracts/{componentId}/interface.json (the draft)", await ContractTextAsync(layout, componentId, cancellationToken)));
        if (ComponentIds.IsValid(componentId) && Directory.Exists(layout.ComponentSrcDir(componentId)))
        {
            foreach (var file in Directory.EnumerateFiles(layout.ComponentSrcDir(componentId)).Order(StringComparer.Ordinal))
            {
                text.Append(Section(layout.Relative(file), await ReadAsync(layout, file, cancellationToken)));
            }
        }
        return text.Append(Section("schema: contract", SchemaCatalog.Text(ArtifactKind.Contract))).ToString();
    }

    /// <summary>
    /// The implementer's prompt: the handoff brief, where the code goes, and (on a retry) what the judge found last
    /// time. Null with the brief's diagnostics when there is no brief (no contract, an unknown id). An implementer that
    /// cannot edit files (an API backend, <paramref name="filesInAnswer"/>) is asked for them in its answer instead.
    /// </summary>
    public async Task<(string? Prompt, IReadOnlyList<Diagnostic> Problems)> ImplementAsync(string directory, string componentId, Answering answering, string? lastRun, CancellationToken cancellationToken, bool filesInAnswer = false)
    {
        var brief = await handoff.BriefAsync(directory, componentId, validate: false, maxTokens: 0, cancellationToken);
        if (brief.Data is null)
        {
            return (null, brief.Diagnostics);
        }

        var text = Start(answering, "implement", componentId)
            .AppendLine(brief.Data.Brief.TrimEnd())
            .AppendLine();
        if (answering == Answering.Tool)
        {
            text.AppendLine($"Write the implementation under src/{componentId}/. Run pact_test with component_ids [\"{componentId}\"] and fix the code")
                .AppendLine("until it is green. The tests are locked: editing tests/ changes nothing except raising a tamper event.");
        }
        else if (filesInAnswer)
        {
            text.AppendLine($"You cannot edit files: answer with one JSON object of the schema below, holding every file of src/{componentId}/")
                .AppendLine($"(each path relative to src/{componentId}/, each content whole) and a short summary. Pact writes them there, replacing")
                .AppendLine("what was there, and runs the locked tests itself, so do not claim they pass.");
            if (lastRun is { Length: > 0 })
            {
                text.Append(Section("the judge's last run of this component (fix what it found)", lastRun));
            }

            text.Append(Section("schema: your answer", ImplementFilesSchema));
        }
        else
        {
            text.AppendLine($"Write the implementation under src/{componentId}/ and change nothing else. The tests are locked and Pact runs")
                .AppendLine("them itself when you are done (editing tests/ changes nothing except raising a tamper event), so do not claim")
                .AppendLine("they pass: answer with one JSON object of the schema below, a short summary of what you wrote.");
            if (lastRun is { Length: > 0 })
            {
                text.Append(Section("the judge's last run of this component (fix what it found)", lastRun));
            }

            text.Append(Section("schema: your answer", ImplementAnswerSchema));
        }

        return (text.ToString(), []);
    }

    /// <summary>
    /// The trace analyst's prompt, for a component that still fails after its implementation attempts: its contract,
    /// what the judge's last run showed (a hidden suite only as counts and hints), and how many attempts were made.
    /// It answers whether the implementation, the contract or a person has to change.
    /// </summary>
    public async Task<string> DiagnoseAsync(ProjectLayout layout, string componentId, string? lastRun, int attempts, CancellationToken cancellationToken, Answering answering = Answering.Json) =>
        Start(answering, "diagnose", componentId)
            .AppendLine($"The component '{componentId}' still fails its suites {(attempts > 0 ? $"after {attempts} implementation attempt(s)" : "run after run")}. Diagnose why,")
            .AppendLine("from its contract and the judge's last run, and say what has to change:")
            .AppendLine("- \"implementation\": the code can meet the contract; give the implementer guidance it lacked;")
            .AppendLine("- \"contract\": the contract (or its tests) cannot be met as written; say what amendment to propose;")
            .AppendLine("- \"human\": a person has to decide (the task is ambiguous, or the environment is broken).")
            .Append(Section($"contracts/{componentId}/interface.json", await ReadAsync(layout, layout.ContractJson(componentId), cancellationToken)))
            .Append(Section("the judge's last run of this component", lastRun is { Length: > 0 } run ? run : "(no run recorded)"))
            .Append(Section("schema: your answer", DiagnosisSchema))
            .AppendLine(answering == Answering.Tool ? Submit(answering, "pact_diagnose") : "")
            .ToString();

    /// <summary>The trace analyst's answer: where the fault lies, why, and what to do about it.</summary>
    public const string DiagnosisSchema = """
        {"type": "object", "properties": {
          "verdict": {"type": "string", "enum": ["implementation", "contract", "human"]},
          "explanation": {"type": "string", "description": "Why the component fails, in a few sentences"},
          "guidance": {"type": "string", "description": "For implementation: what the implementer must do differently; for contract: the amendment to propose; for human: the question to decide"}},
         "required": ["verdict", "explanation", "guidance"], "additionalProperties": false}
        """;

    /// <summary>What an implementer answers: a summary only; whether the code works is the judge's to say.</summary>
    public const string ImplementAnswerSchema = """
        {"type": "object", "properties": {"summary": {"type": "string", "description": "What was written, in a sentence or two"}}, "required": ["summary"], "additionalProperties": false}
        """;

    /// <summary>What an implementer that cannot edit files answers: the component's files, and a summary.</summary>
    public const string ImplementFilesSchema = """
        {"type": "object", "properties": {
          "summary": {"type": "string", "description": "What was written, in a sentence or two"},
          "files": {"type": "array", "minItems": 1, "items": {"type": "object", "properties": {
            "path": {"type": "string", "description": "Relative to the component's source directory, e.g. money.py"},
            "content": {"type": "string", "description": "The whole file"}}, "required": ["path", "content"], "additionalProperties": false}}},
         "required": ["summary", "files"], "additionalProperties": false}
        """;

    private static StringBuilder Start(Answering answering, string step, string? componentId) =>
        answering == Answering.Json ? new StringBuilder().AppendLine($"Work item: {step}{(componentId is null ? "" : " " + componentId)}").AppendLine() : new StringBuilder();

    private static string Submit(Answering answering, string tool) => answering == Answering.Tool
        ? $"Submit it with the {tool} tool as an object matching this schema."
        : "Change no file: answer with one JSON object matching this schema; Pact submits it through the same gates as the\n" + $"{tool} tool, and a refused answer is sent back to you once with the gates' findings.";

    private static async Task<string> ContractTextAsync(ProjectLayout layout, string componentId, CancellationToken cancellationToken) =>
        ComponentIds.IsValid(componentId) ? await ReadAsync(layout, layout.ContractJson(componentId), cancellationToken) : "(invalid component id)";

    private static Task<string> ReadAsync(ProjectLayout layout, string path, CancellationToken cancellationToken) => ReviewPrompt.ReadAsync(layout, path, cancellationToken);

    private static string Section(string title, string body) => ReviewPrompt.Section(title, body);
}
