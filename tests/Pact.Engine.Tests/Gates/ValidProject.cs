using System.Text.Json.Nodes;
using Pact.Engine.Gates;
using Pact.Engine.Projects;

namespace Pact.Engine.Tests.Gates;

/// <summary>The gate corpus's valid project (booking: pricing + availability), written into a real project through the services.</summary>
internal static class ValidProject
{
    public static JsonNode Document() => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gates", "valid-project.json")))!;

    /// <summary>Writes one part of the document (e.g. "tree", "contracts/pricing") to a file outside the project and returns its path.</summary>
    public static string Part(EngineFixture f, string pointer, string? name = null)
    {
        var node = Document();
        foreach (var token in pointer.Split('/'))
        {
            node = node[token]!;
        }
        return f.Dir.Write(name ?? pointer.Replace('/', '_') + ".json", node.ToJsonString());
    }

    /// <summary>init, task, interview, tree and both contracts; suites are written directly (submitting them is not a gate service).</summary>
    public static async Task CreateAsync(EngineFixture f, bool withSuites, CancellationToken ct)
    {
        Assert.True((await f.Get<InitService>().InitAsync(f.Project, null, null, ct)).Ok);
        File.WriteAllText(Path.Combine(f.Project, "task.md"), (string)Document()["task"]!);
        await InterviewAsync(f, ct);
        var submit = f.Get<SubmitService>();
        Assert.True((await submit.DecomposeAsync(f.Project, Part(f, "tree"), ct)).Ok);
        foreach (var id in new[] { "pricing", "availability" })
        {
            var result = await submit.ContractAsync(f.Project, id, Part(f, $"contracts/{id}"), ct);
            Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        }
        if (withSuites)
        {
            foreach (var id in new[] { "pricing", "availability" })
            {
                WriteSuite(f, id, Document()["suites"]![id]!);
            }
        }
    }

    /// <summary>Submits <see cref="FixtureInterview"/> with the corpus's acceptance criteria: the decomposition comes after an interview.</summary>
    public static async Task InterviewAsync(EngineFixture f, CancellationToken ct)
    {
        var interview = JsonNode.Parse(FixtureInterview.Json)!;
        interview["acceptance_criteria"] = Document()["acceptance_criteria"]!.DeepClone();
        var result = await f.Get<SubmitService>().InterviewAsync(f.Project, f.Dir.Write("interview.json", interview.ToJsonString()), ct);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
    }

    public static void WriteSuite(EngineFixture f, string id, JsonNode suite)
    {
        var layout = new ProjectLayout(f.Project);
        Directory.CreateDirectory(Path.GetDirectoryName(layout.SuiteJson(id))!);
        File.WriteAllText(layout.SuiteJson(id), suite.ToJsonString());
    }
}
