using System.Reflection;
using System.Text.RegularExpressions;
using Pact.Audit;

namespace Pact.Engine.Tests.Audit;

/// <summary>
/// The audit actions are one vocabulary (<see cref="AuditActions"/>): every writer names its action by a constant,
/// and every action is looked up by some reader or is listed as record-only with the reason. Read from the source,
/// because the mistake this stops is a reader matching "tests.lock" while the writer wrote something else.
/// </summary>
public sealed partial class AuditVocabularyTests
{
    private static readonly string Src = JudgeTools.RepositoryFile("src")!;

    private static IEnumerable<(string File, int Line, string Text)> SourceLines() =>
        Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && Path.GetFileName(f) != "AuditActions.cs")
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (Path.GetRelativePath(Src, f), i + 1, text)));

    private static IReadOnlyDictionary<string, string> Actions() =>
        typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);

    [Fact]
    public void EveryWriter_NamesItsActionByTheVocabulary()
    {
        var literal = SourceLines().Where(l => LiteralWrite().IsMatch(l.Text)).Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}").ToList();

        Assert.True(literal.Count == 0, "audit actions written as string literals (use AuditActions):\n" + string.Join("\n", literal));
    }

    [Fact]
    public void EveryAction_HasAReader_OrIsRecordOnlyWithAReason()
    {
        var actions = Actions();
        var read = SourceLines().Where(l => !IsWrite(l.Text))
            .SelectMany(l => Reference().Matches(l.Text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        var unread = actions.Where(a => !read.Contains(a.Key) && !AuditActions.RecordOnly.ContainsKey(a.Value)).Select(a => a.Value).Order(StringComparer.Ordinal).ToList();
        var listedButRead = actions.Where(a => read.Contains(a.Key) && AuditActions.RecordOnly.ContainsKey(a.Value)).Select(a => a.Value).Order(StringComparer.Ordinal).ToList();

        Assert.True(unread.Count == 0, $"written but read by nothing (give it a reader, or list it in AuditActions.RecordOnly saying why): {string.Join(", ", unread)}");
        Assert.True(listedButRead.Count == 0, $"listed as record-only but read: {string.Join(", ", listedButRead)}");
        Assert.All(AuditActions.RecordOnly, entry => Assert.Contains(entry.Key, actions.Values));
        Assert.Equal(actions.Count, actions.Values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TheCheck_SeesAReaderAndALiteralWriter()
    {
        Assert.False(IsWrite("count = entry.Action is AuditActions.GoodhartLock ? 0 : count;"));
        Assert.True(IsWrite("await store.CommitAsync(layout, AuditActions.Sync, detail, writes, cancellationToken);"));
        Assert.Matches(LiteralWrite(), "await store.CommitLoggedAsync(project.Layout, $\"{command}.lock\", detail, writes, cancellationToken);");
        Assert.Matches(LiteralWrite(), "await ledger.AppendAsync(judge, new LedgerEntry { Action = \"tamper\", Detail = detail });");
    }

    /// <summary>A line that writes an action (to the log or the ledger) or defines a constant from one; anything else naming an action reads it.</summary>
    private static bool IsWrite(string line) => Writer().IsMatch(line);

    [GeneratedRegex(@"Commit(Logged)?Async\(|Action = |RecordAsync\(|const string|CommandResults\.(Ok|Fail)")]
    private static partial Regex Writer();

    [GeneratedRegex(@"Commit(Logged)?Async\([^,]+, \$?""|new LedgerEntry \{[^}]*\bAction = \$?""")]
    private static partial Regex LiteralWrite();

    [GeneratedRegex(@"AuditActions\.(\w+)\b(?!\()")]
    private static partial Regex Reference();
}
