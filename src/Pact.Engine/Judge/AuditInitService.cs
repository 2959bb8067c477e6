using System.Text.Json.Nodes;
using Pact.Diagnostics;
using Pact.Engine.Projects;
using Pact.Engine.Storage;
using Pact.Judge;
using Pact.Projects;

namespace Pact.Engine.Judge;

/// <summary>
/// <c>pact audit-init</c>: makes the audit directory outside the code repository (masters, hidden suites, signing
/// key), records it as <c>audit_dir</c> in pact.yaml, and moves masters locked before it existed into it.
/// </summary>
public sealed class AuditInitService(ProjectStore store)
{
    public const string Command = "audit-init";

    public async Task<CommandResult<AuditInitReport>> InitAsync(string directory, string auditDirectory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<AuditInitReport>(Command, outcome, diagnostics);
        }

        var audit = Path.GetFullPath(auditDirectory);
        var layout = project.Layout;
        if (layout.Contains(audit) || new ProjectLayout(audit).Contains(layout.Root))
        {
            return CommandResults.Fail<AuditInitReport>(Command, Outcome.Invalid, new Diagnostic
            {
                Rule = "audit.inside_project",
                File = audit,
                Message = "the audit directory must be outside the code repository (and not contain it): whatever is inside the project, the implementer can read",
                Fix = "choose a directory beside the project, e.g. ../<project>-audit",
            });
        }

        var before = new JudgeLayout(layout, project.Config);
        var after = new JudgeLayout(layout, project.Config with { AuditDir = audit });
        var writes = new List<StagedWrite>();
        var moved = new List<string>();
        if (before.AuditDir is null && Directory.Exists(before.MastersRoot))
        {
            foreach (var file in Directory.EnumerateFiles(before.MastersRoot, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(before.MastersRoot, file);
                writes.Add(new StagedWrite(Path.Combine(after.MastersRoot, relative), await File.ReadAllBytesAsync(file, cancellationToken)) { Within = audit, OwnerOnly = true });
                moved.Add(relative.Replace('\\', '/'));
            }
        }

        var config = (JsonObject)project.ConfigDocument.DeepClone();
        config["audit_dir"] = audit;
        writes.Add(ProjectStore.Yaml(layout.PactYaml, config));
        OwnerOnly.Restrict(audit);
        OwnerOnly.CreateDirectory(after.MastersRoot);
        using var key = SigningKeys.LoadOrCreate(SigningKeys.Directory(after));
        if (await store.CommitAsync(layout, Command, $"audit directory {audit}; {moved.Count} master file(s) moved into it", writes, cancellationToken) is null)
        {
            return CommandResults.Fail<AuditInitReport>(Command, Outcome.Busy, store.Busy(layout));
        }

        if (moved.Count > 0)
        {
            Directory.Delete(before.MastersRoot, recursive: true);
        }

        return CommandResults.Ok(Command, new AuditInitReport
        {
            AuditDir = audit,
            PublicKey = Path.Combine(SigningKeys.Directory(after), SigningKeys.PublicKeyFile),
            KeyId = SigningKeys.KeyId(key),
            MovedMasters = moved,
        });
    }
}
