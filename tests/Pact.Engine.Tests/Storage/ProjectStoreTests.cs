using Pact.Contracts;
using Pact.Engine.Projects;
using Pact.Engine.Storage;

namespace Pact.Engine.Tests.Storage;

public sealed class ProjectStoreTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConcurrentCommits_InOneProcess_AllLand_AndEachIsLoggedOnce()
    {
        var layout = new ProjectLayout(_f.Project);
        var store = _f.Get<ProjectStore>();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            store.CommitAsync(layout, "note", $"write {i}", [StagedWrite.Text(Path.Combine(layout.Root, "notes", $"{i}.txt"), $"note {i}")], Ct), Ct)));

        var (events, problems) = await AuditLog.ReadAsync(layout.AuditLog, Ct);
        Assert.Empty(problems);
        Assert.Equal(40, events.Count);
        Assert.Equal(40, events.Select(e => e.Detail).Distinct().Count());
        Assert.Equal(40, Directory.GetFiles(Path.Combine(layout.Root, "notes")).Length);
        Assert.Empty(Directory.GetFiles(layout.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Commit_WaitsForALockHeldElsewhere_AndGivesUpAfterTheTimeout()
    {
        var layout = new ProjectLayout(_f.Project);
        var store = new ProjectStore(TimeProvider.System, new PactRuntime { LockTimeout = TimeSpan.FromMilliseconds(300) }, new Pact.Engine.Languages.LanguageRegistry([]));
        await using (await ProjectLock.AcquireAsync(layout.LockFile, TimeSpan.FromSeconds(1), TimeProvider.System, Ct))
        {
            var written = await store.CommitAsync(layout, "note", "blocked", [StagedWrite.Text(Path.Combine(layout.Root, "x.txt"), "x")], Ct);

            Assert.Null(written);
            Assert.False(File.Exists(Path.Combine(layout.Root, "x.txt")));
        }

        Assert.NotNull(await store.CommitAsync(layout, "note", "free", [StagedWrite.Text(Path.Combine(layout.Root, "x.txt"), "x")], Ct));
    }

    [Fact]
    public async Task Contract_IsSaved_WithADatedCopyInHistory()
    {
        var layout = new ProjectLayout(_f.Project);
        var store = _f.Get<ProjectStore>();
        var contract = new ComponentContract { ComponentId = "pricing", Name = "Pricing", Description = "Prices stays", Version = 2 };

        var written = await store.CommitAsync(layout, "contract", "pricing v2", store.Contract(layout, contract), Ct, "pricing");

        Assert.Equal(["contracts/pricing/interface.json", "contracts/pricing/history/20261126_100000_v2.json"], written);
        Assert.Equal(File.ReadAllText(layout.ContractJson("pricing")), File.ReadAllText(Path.Combine(layout.ContractHistoryDir("pricing"), "20261126_100000_v2.json")));
    }

    [Fact]
    public async Task TornLastAuditLine_IsSkippedWithAWarning_AndTheNextEventStaysWhole()
    {
        var layout = new ProjectLayout(_f.Project);
        var store = _f.Get<ProjectStore>();
        await store.CommitAsync(layout, "first", "", [], Ct);
        await File.AppendAllTextAsync(layout.AuditLog, "{\"timestamp\":\"2026-11-26T", Ct);

        var (events, problems) = await AuditLog.ReadAsync(layout.AuditLog, Ct);
        Assert.Single(events);
        Assert.Equal("audit.torn_line", Assert.Single(problems).Rule);

        await store.CommitAsync(layout, "second", "", [], Ct);
        (events, _) = await AuditLog.ReadAsync(layout.AuditLog, Ct);
        Assert.Equal(["first", "second"], events.Select(e => e.Action));
    }

    [Fact]
    public async Task AtomicWrite_ReplacesWholeFiles_AndLeavesNoTemporaries()
    {
        var path = _f.Dir.Combine("a", "file.json");
        await AtomicFile.WriteAsync(path, "old"u8.ToArray(), Ct);

        await AtomicFile.WriteAsync(path, "new content"u8.ToArray(), Ct);

        Assert.Equal("new content", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Layout_KnowsWhatIsInsideTheProject()
    {
        var layout = new ProjectLayout(_f.Project);

        Assert.True(layout.Contains(Path.Combine(_f.Project, "src", "a.py")));
        Assert.False(layout.Contains(Path.Combine(_f.Project, "..", "elsewhere")));
        Assert.False(layout.Contains(_f.Project + "-sibling"));
    }
}
