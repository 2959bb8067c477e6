using Pact.Leases;

namespace Pact.Engine.Projects;

/// <summary>
/// <c>pact claim</c> and <c>pact release</c>: leases on components for workers that implement in parallel (several
/// subagents of one host), so two never take the same component. A claim is refused while another holder's lease is
/// in force, renewed for the same holder, and taken over once it lapsed; a release by anyone but the holder is
/// refused. Every decision is made under a lock of the leases' own (<c>.pact/leases.lock</c>), so two workers
/// claiming at once cannot both win, and each change is one audited commit. A release lets the lease lapse now (the
/// file stays, expired), so the state is always one whole file per component.
/// </summary>
public sealed class LeaseService(ProjectStore store, PactRuntime runtime)
{
    public const string ClaimCommand = AuditActions.Claim;
    public const string ReleaseCommand = AuditActions.Release;

    /// <summary>A claim lasts this long unless asked otherwise: long enough for one implementation attempt.</summary>
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan MaxTtl = TimeSpan.FromHours(24);

    /// <param name="directory">The project (decomposed: only a component of the tree can be claimed).</param>
    /// <param name="componentId">The component to claim.</param>
    /// <param name="holder">Who claims it: a name the workers agree on (a subagent's id).</param>
    /// <param name="ttl">How long the claim lasts (<c>45m</c>, <c>2h</c>); null for 30 minutes.</param>
    /// <param name="cancellationToken">Stops waiting for the lock.</param>
    public async Task<CommandResult<LeaseReport>> ClaimAsync(string directory, string componentId, string holder, string? ttl, CancellationToken cancellationToken)
    {
        var lasts = DefaultTtl;
        if (ttl is not null)
        {
            if (ShortSpan.Parse(ttl) is not { } given || given <= TimeSpan.Zero || given > MaxTtl)
            {
                return Fail(ClaimCommand, Outcome.Invalid, new Diagnostic { Rule = "claim.ttl", Pointer = "/ttl", Message = $"'{ttl}' is not a lease time of 1 minute to 24 hours", Fix = "give minutes or hours: 45m, 2h" });
            }
            lasts = given;
        }
        return await UnderLeaseLockAsync(ClaimCommand, directory, componentId, holder, async (project, current, others) =>
        {
            var now = store.Time.GetUtcNow();
            if (current is not null && InForce(current, now) && current.Holder != holder)
            {
                return Fail(ClaimCommand, Outcome.Invalid, new Diagnostic
                {
                    Rule = "claim.held",
                    File = project.Layout.Relative(project.Layout.LeaseJson(componentId)),
                    Message = $"{componentId} is claimed by {current.Holder} until {current.ExpiresAt}{(others.Count == 0 ? "" : $"; also claimed: {string.Join(", ", others.Select(o => $"{o.ComponentId} by {o.Holder}"))}")}",
                    Fix = "take another component, or wait until the claim is released or lapses",
                });
            }
            var renewed = current is not null && InForce(current, now) && current.Holder == holder;
            var lease = new ComponentLease
            {
                ComponentId = componentId,
                Holder = holder,
                ClaimedAt = renewed ? current!.ClaimedAt : Stamp(now),
                ExpiresAt = Stamp(now + lasts),
            };
            var detail = $"{(renewed ? "renewed" : "claimed")} by {holder} until {lease.ExpiresAt}{(current is not null && !renewed && current.Holder != holder ? $" (the lapsed claim of {current.Holder} taken over)" : "")}";
            if (await CommitAsync(project, AuditActions.Claim, detail, lease, cancellationToken) is { } busy)
            {
                return Fail(ClaimCommand, Outcome.Busy, busy);
            }
            return CommandResults.Ok(ClaimCommand, new LeaseReport { ComponentId = componentId, Lease = lease, Renewed = renewed, Leases = [.. others, lease] });
        }, cancellationToken);
    }

    /// <param name="directory">The project.</param>
    /// <param name="componentId">The component to give back.</param>
    /// <param name="holder">Who gives it back: only the holder may.</param>
    /// <param name="cancellationToken">Stops waiting for the lock.</param>
    public Task<CommandResult<LeaseReport>> ReleaseAsync(string directory, string componentId, string holder, CancellationToken cancellationToken) =>
        UnderLeaseLockAsync(ReleaseCommand, directory, componentId, holder, async (project, current, others) =>
        {
            var now = store.Time.GetUtcNow();
            if (current is null || !InForce(current, now))
            {
                // Nothing to give back: not an error (a retried release, a lapsed claim), but said.
                return CommandResults.Ok(ReleaseCommand, new LeaseReport { ComponentId = componentId, Leases = others }, [new Diagnostic
                {
                    Rule = "release.not_held",
                    Severity = Severity.Warning,
                    Message = current is null ? $"{componentId} was not claimed" : $"the claim of {current.Holder} on {componentId} had lapsed at {current.ExpiresAt}",
                    Fix = "nothing to do",
                }]);
            }
            if (current.Holder != holder)
            {
                return Fail(ReleaseCommand, Outcome.Invalid, new Diagnostic
                {
                    Rule = "release.not_holder",
                    File = project.Layout.Relative(project.Layout.LeaseJson(componentId)),
                    Message = $"{componentId} is claimed by {current.Holder}, not {holder}: only the holder gives a claim back",
                    Fix = $"release it as {current.Holder}, or wait until it lapses at {current.ExpiresAt}",
                });
            }
            var lapsed = current with { ExpiresAt = Stamp(now) };
            if (await CommitAsync(project, AuditActions.Release, $"released by {holder}", lapsed, cancellationToken) is { } busy)
            {
                return Fail(ReleaseCommand, Outcome.Busy, busy);
            }
            return CommandResults.Ok(ReleaseCommand, new LeaseReport { ComponentId = componentId, Lease = lapsed, Released = true, Leases = others });
        }, cancellationToken);

    private async Task<CommandResult<LeaseReport>> UnderLeaseLockAsync(string command, string directory, string componentId, string holder, Func<Project, ComponentLease?, IReadOnlyList<ComponentLease>, Task<CommandResult<LeaseReport>>> decide, CancellationToken cancellationToken)
    {
        if (holder.Trim().Length == 0 || holder.Length > 100 || holder.Any(char.IsControl))
        {
            return Fail(command, Outcome.Invalid, new Diagnostic { Rule = "claim.holder", Pointer = "/holder", Message = "the holder must be a name of 1 to 100 printable characters", Fix = "name the worker, e.g. --holder subagent-2" });
        }
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<LeaseReport>(command, outcome, diagnostics);
        }
        var layout = project.Layout;
        var tree = await store.ReadAsync(layout, layout.TreeJson, ArtifactKind.Decomposition, PactJson.Context.DecompositionTree, cancellationToken);
        // Only a leaf is implemented: a system node is the sum of its children, each claimed on its own.
        if (tree is not { Ok: true } || !tree.Value!.Nodes.TryGetValue(componentId, out var node) || node.Children.Count > 0)
        {
            var known = tree is { Ok: true } ? string.Join(", ", tree.Value!.Nodes.Values.Where(n => n.Children.Count == 0).Select(n => n.ComponentId).Order(StringComparer.Ordinal)) : "";
            return Fail(command, Outcome.NotFound, new Diagnostic
            {
                Rule = "claim.unknown_component",
                Pointer = "/component_id",
                Message = tree is { Ok: true } ? $"'{componentId}' is not a leaf component of the decomposition" : "the project has no valid decomposition yet, so there is nothing to claim",
                Fix = tree is { Ok: true } ? $"claim one of {known}" : "decompose first (`pact decompose`)",
            });
        }

        SafePath.Ensure(layout.Root, layout.LeasesLock);
        await using var held = await ProjectLock.AcquireAsync(layout.LeasesLock, runtime.LockTimeout, TimeProvider.System, cancellationToken);
        if (held is null)
        {
            return Fail(command, Outcome.Busy, store.Busy(layout));
        }
        var now = store.Time.GetUtcNow();
        var all = Read(layout);
        var others = all.Where(l => l.ComponentId != componentId && InForce(l, now)).OrderBy(l => l.ComponentId, StringComparer.Ordinal).ToList();
        return await decide(project, all.FirstOrDefault(l => l.ComponentId == componentId), others);
    }

    private async Task<Diagnostic?> CommitAsync(Project project, string action, string detail, ComponentLease lease, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(lease, PactJson.Context.ComponentLease) + "\n";
        var written = await store.CommitAsync(project.Layout, action, detail, [StagedWrite.Text(project.Layout.LeaseJson(lease.ComponentId), json)], cancellationToken, lease.ComponentId);
        return written is null ? store.Busy(project.Layout) : null;
    }

    /// <summary>The claims in force at <paramref name="now"/>, for status's next step.</summary>
    public static IReadOnlyList<ComponentLease> InForce(ProjectLayout layout, DateTimeOffset now) => [.. Read(layout).Where(l => InForce(l, now))];

    /// <summary>Every lease file that reads as one; a damaged file is no claim (the next claim rewrites it).</summary>
    private static List<ComponentLease> Read(ProjectLayout layout)
    {
        var leases = new List<ComponentLease>();
        if (!Directory.Exists(layout.LeasesDir))
        {
            return leases;
        }
        foreach (var file in Directory.EnumerateFiles(layout.LeasesDir, "*.json"))
        {
            try
            {
                if (JsonSerializer.Deserialize(File.ReadAllText(file), PactJson.Context.ComponentLease) is { } lease && lease.ComponentId == Path.GetFileNameWithoutExtension(file))
                {
                    leases.Add(lease);
                }
            }
            catch (JsonException)
            {
            }
        }
        return leases;
    }

    private static bool InForce(ComponentLease lease, DateTimeOffset now) =>
        DateTimeOffset.TryParse(lease.ExpiresAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until) && until > now;

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static CommandResult<LeaseReport> Fail(string command, Outcome outcome, Diagnostic diagnostic) => CommandResults.Fail<LeaseReport>(command, outcome, diagnostic);
}
