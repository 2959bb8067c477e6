using Pact.Gates.Suites;

namespace Pact.Engine.Judge.Suites;

/// <summary>
/// <c>pact tests</c> (visible) and <c>pact goodhart</c> (hidden): validate a suite, check it against the contract,
/// and lock it: the canonical master and its SHA-256 go where the implementer has no say (.pact/judge/ or the audit
/// directory); a visible suite also gets its view in tests/&lt;cid&gt;/. A frozen suite accepts additions only.
/// </summary>
public sealed class SuiteLockService(ProjectStore store, SuiteVault vault, SyntaxCheckers syntax, AmendmentCheckers amendments, LanguageRegistry languages, JudgeLedger ledger)
{
    public const string TestsCommand = "tests";
    public const string GoodhartCommand = "goodhart";

    /// <summary>The command that locks a suite of <paramref name="kind"/>.</summary>
    public static string CommandOf(SuiteKind kind) => kind == SuiteKind.Visible ? TestsCommand : GoodhartCommand;

    /// <summary>Locks <paramref name="document"/> (a file the CLI read, or an MCP argument) as <paramref name="componentId"/>'s suite of <paramref name="kind"/>.</summary>
    public async Task<CommandResult<SuiteLockReport>> LockAsync(string directory, string componentId, ParsedDocument document, SuiteKind kind, CancellationToken cancellationToken)
    {
        var command = CommandOf(kind);
        var file = document.File;
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<SuiteLockReport>(command, outcome, diagnostics);
        }

        if (ComponentIds.Check(componentId) is { } badId)
        {
            return CommandResults.Fail<SuiteLockReport>(command, Outcome.Invalid, badId);
        }

        var judge = new JudgeLayout(project.Layout, project.Config);
        if (kind == SuiteKind.Hidden && judge.AuditDir is null)
        {
            return CommandResults.Fail<SuiteLockReport>(command, Outcome.Invalid, new Diagnostic
            {
                Rule = "audit.not_initialized",
                Message = "hidden suites live only in an audit directory outside the code repository, and this project has none",
                Fix = $"run `pact audit-init {project.Layout.Root} --audit-dir <path outside the project>` first",
            });
        }

        var read = ArtifactReader.Read(ArtifactKind.TestSuite, document, PactJson.Context.ContractTestSuite);
        if (!read.Ok)
        {
            return CommandResults.Fail<SuiteLockReport>(command, Outcome.Invalid, kind == SuiteKind.Hidden ? [.. read.Diagnostics.Select(d => Redact(d))] : read.Diagnostics);
        }

        if (languages.Unknown(read.Value!.TestLanguage.Id, "test_language", Path.GetFileName(file)) is { } unknown)
        {
            return CommandResults.Fail<SuiteLockReport>(command, Outcome.Invalid, unknown with { Pointer = "/test_language" });
        }

        var contract = await store.ReadAsync(project.Layout, project.Layout.ContractJson(componentId), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
        if (contract is null)
        {
            return CommandResults.Fail<SuiteLockReport>(command, Outcome.NotFound, new Diagnostic { Rule = "contract.not_found", File = $"contracts/{componentId}/interface.json", Message = $"component '{componentId}' has no contract", Fix = "write the contract before its tests" });
        }

        if (!contract.Ok)
        {
            return CommandResults.Fail<SuiteLockReport>(command, Outcome.Invalid, contract.Diagnostics);
        }

        if (kind == SuiteKind.Hidden && SubmissionOrder.Hidden(componentId, File.Exists(judge.LockJson(componentId, SuiteKind.Visible)), project.Layout.Root, Path.GetFileName(file)).ToList() is [_, ..] order)
        {
            return CommandResults.Fail<SuiteLockReport>(command, Outcome.Invalid, order);
        }

        var suite = read.Value!;
        // The suite gates of `pact validate`, with the code parsed by its language's own parser; the component is the
        // one named on the command line, so a suite of another component is refused as a mismatch.
        var parsed = suite.GeneratedCode.Trim().Length > 0 ? await syntax.CheckAsync(suite.TestLanguage, suite.GeneratedCode, project.Config, cancellationToken) : null;
        var problems = SuiteGates.Check(contract.Value! with { ComponentId = componentId }, suite, parsed, Path.GetFileName(file), kind).ToList();
        if (parsed is { Ok: true } && languages.Find(suite.TestLanguage) is { } language)
        {
            problems.AddRange(language.CheckSuite(suite.GeneratedCode, Path.GetFileName(file)));
        }

        var (existing, corrupt) = await vault.ReadAsync(judge, componentId, kind, cancellationToken);
        var frozen = existing?.Lock.Frozen ?? false;
        if (frozen)
        {
            var bytes = AmendmentRule.Check(existing!.Suite, suite, Path.GetFileName(file));
            problems.AddRange(bytes);
            // Only a byte-wise addition in a code that parses is worth reading for meaning; the rest is refused already.
            if (bytes.Count == 0 && parsed is null or { Ok: true } && suite.GeneratedCode != existing.Suite.GeneratedCode)
            {
                var findings = await amendments.CheckAsync(suite.TestLanguage, existing.Suite.GeneratedCode, suite.GeneratedCode, project.Config, cancellationToken);
                problems.AddRange(AmendmentRule.Redefined(findings, componentId, Path.GetFileName(file)));
            }
        }
        else if (corrupt is not null)
        {
            problems.Add(corrupt with { Severity = Severity.Warning });
        }

        if (kind == SuiteKind.Hidden)
        {
            problems = [.. problems.Select(p => p.Rule.StartsWith("suite.", StringComparison.Ordinal) ? Redact(p, p.Rule == SuiteGates.Syntax ? parsed?.Line : null) : p)];
        }

        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return CommandResults.Fail<SuiteLockReport>(command, Outcome.Invalid, problems);
        }

        if (kind == SuiteKind.Visible && languages.Find(suite.TestLanguage) is { } generator)
        {
            // The generated part is the judge's, locked with the suite: a frozen suite keeps the one it was frozen
            // with (an amendment can neither drop nor change it), an unfrozen one gets it afresh from the contract.
            suite = suite with
            {
                PactGenerated = frozen && existing!.Suite.PactGenerated is { } kept ? kept : generator.GeneratedPart(contract.Value!, Path.GetFileName(project.Layout.Root)),
            };
        }

        var writes = vault.Stage(judge, suite, kind, frozen, existing?.Lock.FrozenAt ?? "");
        var generatedCount = suite.PactGenerated?.TestCases.Count ?? 0;
        var added = suite.TestCases.Count - (existing?.Suite.TestCases.Count ?? 0);
        var detail = $"locked the {(kind == SuiteKind.Visible ? "visible" : "hidden")} suite ({suite.TestCases.Count} tests{(generatedCount > 0 ? $" and {generatedCount} Pact-generated" : "")}{(frozen ? $", {added} added to a frozen suite" : "")})";
        if (await store.CommitLoggedAsync(project.Layout, AuditActions.Lock(kind), detail, writes, cancellationToken, componentId) is not { } committed)
        {
            return CommandResults.Fail<SuiteLockReport>(command, Outcome.Busy, store.Busy(project.Layout));
        }

        // A new lock of a hidden suite is the auditor's: the attempt count starts again from it.
        await ledger.AppendAsync(judge, new LedgerEntry { Action = AuditActions.Lock(kind), ComponentId = componentId, Kind = kind, Detail = $"{detail}; sha256 {Hashing.ContentHash.OfBytes(writes[0].Content.Span)}", Log = committed.Logged }, cancellationToken);
        return CommandResults.Ok(command, new SuiteLockReport
        {
            ComponentId = componentId,
            Kind = kind,
            Sha256 = Hashing.ContentHash.OfBytes(writes[0].Content.Span),
            TestCases = suite.TestCases.Count,
            Added = added,
            Frozen = frozen,
            Views = kind == SuiteKind.Visible ? [.. writes.Skip(2).Select(w => project.Layout.Relative(w.Path))] : [],
        }, problems);
    }

    /// <summary>
    /// A message about a hidden suite can quote it: a schema message a bad value, a gate message a case id or the
    /// parser's words about its code, an amendment message a test name. Whoever sees the result of `pact goodhart`
    /// (an agent, a log) must learn nothing of the suite from it, so only the rule, the place (pointer, and the code
    /// line of a syntax error) and the fix are kept; the fixes name only the contract's facts (function names, error
    /// cases, version), never the suite's. The auditor has the file and finds the rest there.
    /// </summary>
    private static Diagnostic Redact(Diagnostic diagnostic, int? codeLine = null) => diagnostic with
    {
        Message = $"the hidden suite breaks rule {diagnostic.Rule} here{(codeLine is { } line ? $" (code line {line})" : "")} (details withheld: hidden suites are never echoed)",
        Fix = diagnostic.Rule.StartsWith("schema.", StringComparison.Ordinal) ? "check the file against `pact schema test_suite`" : diagnostic.Fix,
    };
}
