using Pact.Hashing;

namespace Pact.Engine.Judge.Suites;

/// <summary>Reads masters and their locks, compares views with masters, and stages the files of a lock.</summary>
public sealed class SuiteVault(TimeProvider time, Languages.LanguageRegistry languages)
{
    private int diskReads;

    /// <summary>How many times a master was read from disk: tests hold each judge call to one read per suite.</summary>
    internal int DiskReads => Volatile.Read(ref diskReads);

    /// <summary>The master and its lock; a master whose bytes no longer match the lock hash is reported, never used.</summary>
    public async Task<(LockedSuite? Suite, Diagnostic? Problem)> ReadAsync(JudgeLayout judge, string componentId, SuiteKind kind, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref diskReads);
        var masterPath = judge.MasterJson(componentId, kind);
        var lockPath = judge.LockJson(componentId, kind);
        if ((SafePath.Check(judge.MastersHome, masterPath, judge.Display) ?? SafePath.Check(judge.MastersHome, lockPath, judge.Display)) is { } linked)
        {
            return (null, linked);
        }

        if (!File.Exists(masterPath) || !File.Exists(lockPath))
        {
            return (null, null);
        }

        var lockRead = ArtifactReader.Read(ArtifactKind.SuiteLock, await File.ReadAllTextAsync(lockPath, cancellationToken), judge.Display(lockPath), PactJson.Context.SuiteLock);
        var bytes = await File.ReadAllBytesAsync(masterPath, cancellationToken);
        if (!lockRead.Ok || ContentHash.OfBytes(bytes) != lockRead.Value!.Sha256)
        {
            return (null, new Diagnostic
            {
                Rule = "judge.master_corrupt",
                File = judge.Display(masterPath),
                Message = $"the locked {Name(kind)} suite of '{componentId}' no longer matches its lock hash; the judge will not run it",
                Fix = $"lock the suite again with `pact {(kind == SuiteKind.Visible ? "tests" : "goodhart")} <dir> {componentId} --file …` after finding out who changed it",
            });
        }

        // The master was written by Pact from a schema-valid suite, and its hash matches: no second schema pass needed.
        var suite = System.Text.Json.JsonSerializer.Deserialize(bytes, PactJson.Context.ContractTestSuite)!;
        return (new LockedSuite(suite, lockRead.Value, bytes), null);
    }

    /// <summary>A memo of this vault's reads for one judge call (<see cref="SuiteReads"/>).</summary>
    public SuiteReads ForOneCall() => new(this);

    /// <summary>The master, its lock, and (for a visible suite) its view, as one write list.</summary>
    public IReadOnlyList<StagedWrite> Stage(JudgeLayout judge, ContractTestSuite suite, SuiteKind kind, bool frozen, string frozenAt)
    {
        var master = SuiteFiles.Master(suite);
        var entry = new SuiteLock
        {
            ComponentId = suite.ComponentId,
            Kind = kind,
            Sha256 = ContentHash.OfBytes(master),
            LockedAt = Now(),
            Frozen = frozen,
            FrozenAt = frozenAt,
        };
        var writes = new List<StagedWrite>
        {
            new(judge.MasterJson(suite.ComponentId, kind), master) { Within = judge.MastersHome, OwnerOnly = true },
            ProjectStore.Json(judge.LockJson(suite.ComponentId, kind), entry, PactJson.Context.SuiteLock) with { Within = judge.MastersHome, OwnerOnly = true },
        };
        if (kind == SuiteKind.Visible)
        {
            writes.AddRange(View(judge.Project, suite));
        }

        return writes;
    }

    public StagedWrite StageLock(JudgeLayout judge, SuiteLock entry) =>
        ProjectStore.Json(judge.LockJson(entry.ComponentId, entry.Kind), entry, PactJson.Context.SuiteLock) with { Within = judge.MastersHome, OwnerOnly = true };

    /// <summary>The view of a locked suite under tests/ (<see cref="SuiteFiles.View"/>); its language was known when it was locked.</summary>
    public IReadOnlyList<StagedWrite> View(ProjectLayout layout, ContractTestSuite suite) => SuiteFiles.View(layout, suite, languages.Get(suite.TestLanguage));

    /// <summary>Every view file that is missing or differs from what its master renders to.</summary>
    public IReadOnlyList<TamperFinding> CompareViews(JudgeLayout judge, ContractTestSuite master)
    {
        var findings = new List<TamperFinding>();
        foreach (var expected in View(judge.Project, master))
        {
            var file = judge.Project.Relative(expected.Path);
            if (SafePath.Check(judge.Project.Root, expected.Path) is not null)
            {
                findings.Add(new TamperFinding { ComponentId = master.ComponentId, File = file, Problem = "symbolic link" });
            }
            else if (!File.Exists(expected.Path))
            {
                findings.Add(new TamperFinding { ComponentId = master.ComponentId, File = file, Problem = "missing" });
            }
            else if (!File.ReadAllBytes(expected.Path).AsSpan().SequenceEqual(expected.Content.Span))
            {
                findings.Add(new TamperFinding { ComponentId = master.ComponentId, File = file, Problem = "edited" });
            }
        }

        return findings;
    }

    public string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static string Name(SuiteKind kind) => kind == SuiteKind.Visible ? "visible" : "hidden";
}
