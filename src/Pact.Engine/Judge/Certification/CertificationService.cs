using System.Reflection;
using Pact.Engine.Judge.Authority;

namespace Pact.Engine.Judge.Certification;

/// <summary>
/// <c>pact certify</c>: takes one <see cref="JudgedSnapshot"/> of every judged input, runs every visible and hidden
/// suite against it and, only if all pass, no tamper event is open and the project still equals the snapshot, writes
/// certification/certification.json (an in-toto Statement v1 over pact.yaml and every contract, test and
/// implementation file, with the snapshot's hashes, in a DSSE envelope signed with ECDSA P-256) and the public key
/// beside it. <c>--verify</c> recomputes every digest, checks the signature against the project's key and names each
/// file that changed.
/// </summary>
public sealed class CertificationService(ProjectStore store, JudgeService judgeService, CertifyPreconditions preconditions, JudgeLedger ledger, RunRecorder recorder, Suites.SuiteVault vault, Reviews.ReviewArchive reviews)
{
    public const string Command = AuditActions.Certify;
    public const string CertificateFile = "certification.json";
    public const string PublicKeyFile = "public_key.pem";

    /// <param name="directory">The project.</param>
    /// <param name="allowUnisolated">
    /// Certify runs that were not confined (an operator's decision, on the command line only: the certificate then
    /// says so). Without it, a run below an isolating level refuses certification.
    /// </param>
    /// <param name="cancellationToken">Cancels the runs.</param>
    public Task<CommandResult<CertifyReport>> CertifyAsync(string directory, bool allowUnisolated, CancellationToken cancellationToken) =>
        CertifyAsync(directory, allowUnisolated, RunOptions.None, cancellationToken);

    /// <summary><c>pact certify</c>, run as <paramref name="options"/> say (progress, time limit).</summary>
    public async Task<CommandResult<CertifyReport>> CertifyAsync(string directory, bool allowUnisolated, RunOptions options, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<CertifyReport>(Command, outcome, diagnostics);
        }

        var layout = project.Layout;
        var judge = new JudgeLayout(layout, project.Config);
        // Never signed under an authority the project did not record: a re-pointed audit_dir names a key of anyone's choosing.
        if (AuthorityRecords.Check(judge).Problem is { } repointed)
        {
            return CommandResults.Fail<CertifyReport>(Command, Outcome.Invalid, repointed);
        }

        var visible = judge.Components(SuiteKind.Visible);
        if (visible.Count == 0)
        {
            return CommandResults.Fail<CertifyReport>(Command, Outcome.Invalid, new Diagnostic { Rule = "certify.no_suites", Message = "no component has a locked visible suite: there is nothing to certify", Fix = $"lock suites with `pact tests {layout.Root} <cid> --file suite.json`" });
        }

        // Hidden suites freeze at their first run; certify freezes them before the snapshot, which then holds the frozen locks.
        // Each master is read once in this call: the live hidden ones to freeze them, then the snapshot's copies to judge.
        var reads = vault.ForOneCall();
        await judgeService.FreezeHiddenAsync(project, judge, reads, cancellationToken);
        var (snapshot, refused) = await JudgedSnapshot.TakeAsync(store, layout, cancellationToken);
        if (snapshot is null)
        {
            return CommandResults.Fail<CertifyReport>(Command, refused.Any(d => d.Rule == ProjectProblems.Busy) ? Outcome.Busy : Outcome.Invalid, refused);
        }

        using var taken = snapshot;

        // Again for the snapshot's pact.yaml, which is what the key directory and the runs come from.
        var authority = AuthorityRecords.Check(snapshot.Live);
        if (authority.Problem is { } moved)
        {
            return CommandResults.Fail<CertifyReport>(Command, Outcome.Invalid, moved);
        }

        // From the snapshot's pact.yaml: the audit directory it names holds the key the certificate is verified with.
        var keyDirectory = SigningKeys.Directory(snapshot.Live);
        if (layout.Contains(keyDirectory))
        {
            return CommandResults.Fail<CertifyReport>(Command, Outcome.Invalid, new Diagnostic { Rule = "certify.key_in_project", File = keyDirectory, Message = "the signing key would live inside the code repository", Fix = "set PACT_HOME outside the project, or run `pact audit-init`" });
        }

        // The whole law, before anything runs: a certificate of an incomplete project would say more than was checked.
        var missing = await preconditions.CheckAsync(project, snapshot.Judge, snapshot.Config, cancellationToken);
        if (missing.Count > 0)
        {
            return CommandResults.Fail<CertifyReport>(Command, Outcome.Invalid, missing);
        }

        var judged = await ledger.ReadAsync(snapshot.Live, cancellationToken);
        var forged = Reporting.ForgeryReviewGate.Refusals(judged, layout.Root);
        if (forged.Count > 0)
        {
            return CommandResults.Fail<CertifyReport>(Command, Outcome.Invalid, forged);
        }

        // An Advocate's blocking finding refuses before anything runs; the decisions count from the ledger when there is an auditor.
        var (stored, _) = await reviews.ReadAsync(layout, cancellationToken);
        var unadjudicated = Reviews.ReviewCertifyGate.Refusals(stored, snapshot.Live.AuditDir is null ? null : judged.Entries, layout.Root);
        if (unadjudicated.Count > 0)
        {
            return CommandResults.Fail<CertifyReport>(Command, Outcome.Invalid, unadjudicated);
        }

        visible = snapshot.Judge.Components(SuiteKind.Visible);
        var tamper = await judgeService.CheckViewsAsync(project, snapshot.Judge, visible, reads, cancellationToken);
        var open = await OpenTamperAsync(layout, cancellationToken);
        if (tamper.Count > 0 || open.Count > 0)
        {
            var names = tamper.Select(t => $"{t.File} {t.Problem}").Concat(open).Distinct(StringComparer.Ordinal);
            return CommandResults.Fail<CertifyReport>(Command, Outcome.Invalid, new Diagnostic { Rule = "certify.tamper_open", Message = $"a tamper event is open ({string.Join("; ", names)}); nothing is certified while tests differ from their masters", Fix = $"restore the views with `pact sync {layout.Root}`, then certify again" });
        }

        // The runs read pact.yaml's copied bytes and every judged file from the snapshot, never the live project.
        var runs = await judgeService.RunEverythingAsync(project with { Config = snapshot.Config }, snapshot.Live, snapshot, reads, options, cancellationToken);
        await recorder.RecordAsync(snapshot.Live, Command, runs, logTo: null, cancellationToken);
        var report = new CertifyReport { ProjectDir = layout.Root, Runs = runs };
        var changes = snapshot.Changes();
        if (changes.Count > 0)
        {
            await store.CommitAsync(layout, Command, $"not certified: changed while the suites ran: {string.Join(", ", changes)}", [], cancellationToken, runs: [.. runs.Select(AuditRun.Of)]);
            return new CommandResult<CertifyReport> { Command = Command, Outcome = Outcome.Invalid, Data = report with { Changed = changes }, Diagnostics = [new Diagnostic { Rule = "certify.changed_during_run", File = changes[0].Split(' ')[0], Message = $"the project changed while its suites ran, so what was tested is not what is there: {string.Join(", ", changes)}", Fix = "find out what wrote these files (code under test, an editor, another agent), restore them, and certify again with nothing else writing to the project" }] };
        }

        if (runs.Any(r => r.Status != SuiteStatus.Passed))
        {
            var failing = runs.Where(r => r.Status != SuiteStatus.Passed).Select(r => $"{r.ComponentId} ({r.Kind.ToString().ToLowerInvariant()}) {r.Status.ToString().ToLowerInvariant()}");
            await store.CommitAsync(layout, Command, $"not certified: {string.Join(", ", failing)}", [], cancellationToken, runs: [.. runs.Select(AuditRun.Of)]);
            return new CommandResult<CertifyReport> { Command = Command, Outcome = Outcome.Invalid, Data = report, Diagnostics = [new Diagnostic { Rule = "certify.suites_failed", Message = $"not certified: {string.Join(", ", failing)}", Fix = "make every visible and hidden suite pass (`pact test`, `pact polish`)" }] };
        }

        var unisolated = runs.Where(r => !r.Isolation.IsIsolated()).Select(r => $"{r.ComponentId} ({r.Kind.ToString().ToLowerInvariant()}, {r.Isolation.ToString().ToLowerInvariant()})").ToList();
        if (unisolated.Count > 0 && !allowUnisolated)
        {
            await store.CommitAsync(layout, Command, $"not certified: unisolated runs: {string.Join(", ", unisolated)}", [], cancellationToken, runs: [.. runs.Select(AuditRun.Of)]);
            return new CommandResult<CertifyReport> { Command = Command, Outcome = Outcome.Invalid, Data = report, Diagnostics = [new Diagnostic { Rule = "certify.unisolated", Message = $"not certified: these suites ran without isolation, so the code under test could read the audit directory and the key: {string.Join(", ", unisolated)}", Fix = "install bubblewrap (`pact doctor` shows what works here) and certify again, or pass --allow-unisolated to sign anyway; the certificate then records it" }] };
        }

        // The tamper scan of exactly what was tested (the snapshot's src/); the decisions come from the live ledger.
        var findings = await judgeService.ScanAsync(project with { Config = snapshot.Config }, snapshot.Live, snapshot.Judge, snapshot.Judge.Components(SuiteKind.Visible), cancellationToken);
        var ruled = Tamper.TamperAdjudicationGate.Refusals(findings, layout.Root);
        if (ruled.Count > 0)
        {
            await store.CommitAsync(layout, Command, $"not certified: {ruled.Count} tamper finding(s) not allowed by the auditor", [], cancellationToken, runs: [.. runs.Select(AuditRun.Of)]);
            return new CommandResult<CertifyReport> { Command = Command, Outcome = Outcome.Invalid, Data = report, Diagnostics = ruled };
        }

        var statement = new InTotoStatement
        {
            Subject = snapshot.Subjects,
            Predicate = new CertificationPredicate
            {
                ProjectId = Path.GetFileName(layout.Root),
                ToolVersion = typeof(CertificationService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
                Timestamp = store.Time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                Components = [.. visible],
                Runs = runs,
                Isolation = IsolationLevels.Weakest(runs.Select(r => r.Isolation)),
                AllowedUnisolated = unisolated.Count > 0,
                AuthorityHistory = authority.History,
                Reviews = [.. stored.Select(r => r.Summary())],
            },
        };
        using var key = SigningKeys.LoadOrCreate(keyDirectory);
        var envelope = Dsse.Sign(JsonSerializer.SerializeToUtf8Bytes(statement, PactJson.Compact.InTotoStatement), key);
        var writes = new List<StagedWrite>
        {
            ProjectStore.Json(Path.Combine(layout.CertificationDir, CertificateFile), envelope, PactJson.Context.DsseEnvelope),
            StagedWrite.Text(Path.Combine(layout.CertificationDir, PublicKeyFile), key.ExportSubjectPublicKeyInfoPem() + "\n"),
        };
        if (await store.CommitAsync(layout, Command, $"certified {statement.Subject.Count} files, {runs.Count} suites passed", writes, cancellationToken, runs: [.. runs.Select(AuditRun.Of)]) is null)
        {
            return CommandResults.Fail<CertifyReport>(Command, Outcome.Busy, store.Busy(layout));
        }

        return CommandResults.Ok(Command, report with { Certified = true, Reviews = statement.Predicate.Reviews, Subjects = statement.Subject.Count, Certificate = $"certification/{CertificateFile}", KeyId = SigningKeys.KeyId(key) });
    }

    /// <summary>
    /// Checks the certificate's signature with the key <paramref name="options"/> pins (see <see cref="VerificationAnchor"/>),
    /// then every subject's digest. The key beside the certificate is informational: a mismatch is reported, never trusted.
    /// </summary>
    public async Task<CommandResult<CertifyReport>> VerifyAsync(string directory, VerifyOptions options, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<CertifyReport>(Command, outcome, diagnostics);
        }

        var layout = project.Layout;
        var judge = new JudgeLayout(layout, project.Config);
        var certificate = Path.Combine(layout.CertificationDir, CertificateFile);
        var besidePath = Path.Combine(layout.CertificationDir, PublicKeyFile);
        if (!File.Exists(certificate))
        {
            return CommandResults.Fail<CertifyReport>(Command, Outcome.NotFound, new Diagnostic { Rule = "certify.no_certificate", File = $"certification/{CertificateFile}", Message = "the project has no certificate", Fix = $"run `pact certify {layout.Root}`" });
        }

        var read = ArtifactReader.Read(ArtifactKind.Certificate, await File.ReadAllTextAsync(certificate, cancellationToken), $"certification/{CertificateFile}", PactJson.Context.DsseEnvelope);
        var payload = read.Value is { } parsed ? Dsse.TryDecode(parsed.Payload) : null;
        if (!read.Ok || payload is null)
        {
            return Broken(read.Diagnostics.Count > 0 ? read.Diagnostics : [Problem("certify.bad_payload", "the certificate's payload is not base64")]);
        }

        var problems = new List<Diagnostic>();
        var anchor = VerificationAnchor.Resolve(layout, judge, options, read.Value!.Signatures.FirstOrDefault()?.KeyId ?? "", problems);
        if (anchor is null)
        {
            return Broken(problems);
        }

        using var trusted = System.Security.Cryptography.ECDsa.Create();
        trusted.ImportFromPem(anchor.Key.Pem);
        if (TrustStore.Read(besidePath) is { } beside && beside.KeyId != anchor.Key.KeyId)
        {
            problems.Add(Problem("certify.foreign_key", $"certification/{PublicKeyFile} is not the key this verify trusts ({anchor.Key.Source}); it is informational only and never used to verify") with { Severity = Severity.Warning });
        }

        if (!Dsse.Verify(read.Value!, payload, trusted))
        {
            problems.Add(Problem("certify.bad_signature", $"the signature of certification/{CertificateFile} does not verify with the trusted key ({anchor.Key.Source}): the certificate was edited or signed with another key"));
            return Broken(problems);
        }

        var statement = JsonSerializer.Deserialize(Encoding.UTF8.GetString(payload), PactJson.Compact.InTotoStatement);
        if (statement is null)
        {
            return Broken([Problem("certify.bad_payload", "the signed payload is not an in-toto statement")]);
        }

        var changed = new List<string>();
        var sealedAudit = AuditAuthority.Sealed(judge.AuditDir);
        var skipped = 0;
        foreach (var subject in statement.Subject)
        {
            if (sealedAudit is not null && subject.Name.StartsWith("audit:", StringComparison.Ordinal))
            {
                skipped++;
                continue;
            }

            var path = CertificationSubjects.Resolve(judge, subject.Name);
            var info = new FileInfo(path);
            if (!info.Exists && info.LinkTarget is null)
            {
                changed.Add($"{subject.Name} (deleted)");
            }
            else if (!subject.Digest.TryGetValue("sha256", out var expected) || CertificationSubjects.Sha256(path, CertificationSubjects.RootOf(judge, subject.Name)) != expected)
            {
                // A link where a file was certified counts as changed: links are never followed.
                changed.Add($"{subject.Name} (changed)");
            }
        }

        var certified = statement.Subject.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        changed.AddRange(CertificationSubjects.Names(judge).Where(n => !certified.Contains(n)).Select(n => $"{n} (added)"));
        problems.AddRange(changed.Select(c => Problem("certify.file_changed", $"{c} since certification")));
        if (skipped > 0)
        {
            problems.Add(new Diagnostic { Rule = "certify.audit_unchecked", Severity = Severity.Warning, File = sealedAudit, Message = $"{skipped} audit-directory subject(s) not checked: {sealedAudit} belongs to another user (separate-user mode); the signature covers their digests, and the judge's user can check them", Fix = $"run the same verify as the audit directory's owner to check the masters too" });
        }

        var verified = !problems.Any(p => p.Severity == Severity.Error);
        var report = new CertifyReport { ProjectDir = layout.Root, Verified = verified, Pinned = anchor.Pinned, TrustedKey = anchor.Key.Source, Subjects = statement.Subject.Count, Certificate = $"certification/{CertificateFile}", KeyId = anchor.Key.KeyId, Runs = statement.Predicate.Runs, Changed = changed, AuthorityHistory = statement.Predicate.AuthorityHistory, Reviews = statement.Predicate.Reviews };
        return verified
            ? CommandResults.Ok(Command, report, problems)
            : new CommandResult<CertifyReport> { Command = Command, Outcome = Outcome.Invalid, Data = report, Diagnostics = problems };

        CommandResult<CertifyReport> Broken(IReadOnlyList<Diagnostic> found) => new()
        {
            Command = Command,
            Outcome = Outcome.Invalid,
            Data = new CertifyReport { ProjectDir = layout.Root, Changed = [$"certification/{CertificateFile}"] },
            Diagnostics = found,
        };
    }

    /// <summary>Tamper events with no <c>pact sync</c> after them.</summary>
    private static async Task<IReadOnlyList<string>> OpenTamperAsync(ProjectLayout layout, CancellationToken cancellationToken)
    {
        var (events, _) = await AuditLog.ReadAsync(layout.AuditLog, cancellationToken);
        var lastSync = events.ToList().FindLastIndex(e => e.Action == AuditActions.Sync);
        return [.. events.Skip(lastSync + 1).Where(e => e.Action == AuditActions.Tamper).Select(e => e.Detail)];
    }

    private static Diagnostic Problem(string rule, string message) => new() { Rule = rule, Message = message, Fix = "re-run `pact certify` after reviewing the change, or restore the file" };
}
