namespace Pact.Health;

/// <summary>
/// The checks of reference F.3–F.5 ("dysmemic pressure": the process consuming itself instead of producing).
/// Each has an insufficient-data guard that reports healthy, so a young project is not alarmed by ratios of tiny
/// numbers. In the pre-artifact phases (interview, shape) the artifact-per-token and artifact-per-dollar checks are
/// skipped: nothing could have been built yet.
/// </summary>
public static class HealthCheck
{
    public const long MinTokens = 1000;
    public const int MinAttempts = 2;
    public const double MinSpend = 0.10;
    public const int MinRegisterChecks = 2;

    // Fixed numbers of the variance and gain checks (the Python Pact has no threshold keys for them).
    public const double VarianceCriticalShare = 0.2;
    public const long VarianceMinTokens = 5000;
    public const double GainWarningVelocity = 0.5;
    public const double GainCriticalSpend = 1.00;

    private const string NotBeforeArtifacts = "not checked before any artifact exists (interview, shape)";

    /// <summary>Phase balance needs the worst phase to exceed its fair share (1/N) by more than this.</summary>
    public const double PhaseExcessMargin = 0.1;

    private static readonly HealthCondition[] AbortConditions = [HealthCondition.GainOutweighsCost, HealthCondition.OutputPlanningRatio, HealthCondition.VarianceReachesTarget];

    public static HealthAssessment Evaluate(HealthMetrics metrics, string? phase, HealthThresholds thresholds)
    {
        if (!thresholds.ChecksEnabled)
        {
            return new HealthAssessment { Status = HealthStatus.Healthy, ShouldAbort = false, ChecksEnabled = false, Findings = [], Remedies = [] };
        }

        var preArtifact = HealthPhases.IsPreArtifact(phase);
        HealthFinding[] findings =
        [
            OutputPlanningRatio(metrics, thresholds, preArtifact),
            RejectionRate(metrics, thresholds),
            BudgetVelocity(metrics, thresholds, preArtifact),
            PhaseBalance(metrics, thresholds),
            GracefulDegradation(metrics, thresholds),
            RegisterDrift(metrics, thresholds),
            RoomToImprove(metrics),
            VarianceReachesTarget(metrics, preArtifact),
            GainOutweighsCost(metrics, preArtifact),
        ];
        var status = findings.Any(f => f.Status == HealthStatus.Critical) ? HealthStatus.Critical
            : findings.Any(f => f.Status == HealthStatus.Warning) ? HealthStatus.Warning
            : HealthStatus.Healthy;
        return new HealthAssessment
        {
            Status = status,
            ShouldAbort = findings.Any(f => f.Status == HealthStatus.Critical && AbortConditions.Contains(f.Condition)),
            ChecksEnabled = true,
            Findings = findings,
            Remedies = Remedies(findings, metrics),
        };
    }

    public static HealthFinding OutputPlanningRatio(HealthMetrics m, HealthThresholds t, bool preArtifact)
    {
        const HealthCondition c = HealthCondition.OutputPlanningRatio;
        if (preArtifact)
        {
            return Healthy(c, NotBeforeArtifacts);
        }

        if (m.TotalTokens < MinTokens)
        {
            return Healthy(c, $"insufficient data: {m.TotalTokens} planning + generation tokens reported, the check needs {MinTokens}");
        }

        var ratio = HealthFormulas.OutputPlanningRatio(m);
        var text = $"generation/planning token ratio {Num(ratio)} (planning {m.PlanningTokens}, generation {m.GenerationTokens})";
        return ratio < t.OutputPlanningRatioCritical ? Finding(c, HealthStatus.Critical, $"{text} is below {Num(t.OutputPlanningRatioCritical)}: planning consumes the budget, little code comes out")
            : ratio < t.OutputPlanningRatioWarning ? Finding(c, HealthStatus.Warning, $"{text} is below {Num(t.OutputPlanningRatioWarning)}: planning outweighs generation")
            : Healthy(c, text);
    }

    public static HealthFinding RejectionRate(HealthMetrics m, HealthThresholds t)
    {
        const HealthCondition c = HealthCondition.RejectionRate;
        if (m.ImplementationAttempts + m.Reviews < MinAttempts)
        {
            return Healthy(c, $"insufficient data: {m.ImplementationAttempts} implementation attempt(s) and {m.Reviews} review(s) recorded, the check needs {MinAttempts}");
        }

        var rate = HealthFormulas.RejectionRate(m);
        var reviews = m.Reviews > 0 ? $", {m.ReviewRejections} of {m.Reviews} Advocate reviews rejected the work" : "";
        var text = $"{m.ImplementationFailures} of {m.ImplementationAttempts} implementation attempts failed their visible suite{reviews} (rate {Num(rate)})";
        return rate >= t.RejectionRateCritical ? Finding(c, HealthStatus.Critical, $"{text}, at or above {Num(t.RejectionRateCritical)}")
            : rate >= t.RejectionRateWarning ? Finding(c, HealthStatus.Warning, $"{text}, at or above {Num(t.RejectionRateWarning)}")
            : Healthy(c, text);
    }

    public static HealthFinding BudgetVelocity(HealthMetrics m, HealthThresholds t, bool preArtifact)
    {
        const HealthCondition c = HealthCondition.BudgetVelocity;
        if (preArtifact)
        {
            return Healthy(c, NotBeforeArtifacts);
        }

        if (m.TotalSpend < MinSpend)
        {
            return Healthy(c, $"insufficient data: ${Money(m.TotalSpend)} spend reported, the check needs ${Money(MinSpend)}");
        }

        var velocity = HealthFormulas.BudgetVelocity(m);
        var text = $"{m.ArtifactsProduced} artifacts for ${Money(m.TotalSpend)} ({Num(velocity)} per dollar)";
        return velocity < t.BudgetVelocityCritical ? Finding(c, HealthStatus.Critical, $"{text}, below {Num(t.BudgetVelocityCritical)}")
            : velocity < t.BudgetVelocityWarning ? Finding(c, HealthStatus.Warning, $"{text}, below {Num(t.BudgetVelocityWarning)}")
            : Healthy(c, text);
    }

    public static HealthFinding PhaseBalance(HealthMetrics m, HealthThresholds t)
    {
        const HealthCondition c = HealthCondition.PhaseBalance;
        var total = m.PhaseTokens.Values.Sum(p => p.Tokens);
        if (m.PhaseTokens.Count == 0 || total < MinTokens)
        {
            return Healthy(c, $"insufficient data: {total} tokens reported across phases, the check needs {MinTokens}");
        }

        var (worst, usage) = m.PhaseTokens.OrderByDescending(p => p.Value.Tokens).ThenBy(p => p.Key, StringComparer.Ordinal).First();
        var share = (double)usage.Tokens / total;
        var phases = m.PhaseTokens.Count;
        var excess = phases == 1 ? 0.0 : share - (1.0 / phases);
        var text = $"phase '{worst}' took {Num(share * 100, "0")}% of the tokens across {phases} phase(s)";
        return share >= t.PhaseBalanceCritical && excess > PhaseExcessMargin ? Finding(c, HealthStatus.Critical, $"{text}, at or above {Num(t.PhaseBalanceCritical * 100, "0")}%")
            : share >= t.PhaseBalanceWarning && excess > PhaseExcessMargin ? Finding(c, HealthStatus.Warning, $"{text}, at or above {Num(t.PhaseBalanceWarning * 100, "0")}%")
            : Healthy(c, text);
    }

    public static HealthFinding GracefulDegradation(HealthMetrics m, HealthThresholds t)
    {
        const HealthCondition c = HealthCondition.GracefulDegradation;
        var repeated = m.ComponentFailures.Where(f => f.Value >= t.ComponentFailureThreshold).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        if (m.CascadeEvents >= t.CascadeCritical)
        {
            return Finding(c, HealthStatus.Critical, $"{m.CascadeEvents} cascade events (failed parent/child or sibling pairs), at or above {Num(t.CascadeCritical)}");
        }

        if (m.CascadeEvents >= t.CascadeWarning)
        {
            return Finding(c, HealthStatus.Warning, $"{m.CascadeEvents} cascade events (failed parent/child or sibling pairs), at or above {Num(t.CascadeWarning)}");
        }

        return repeated.Count > 0
            ? Finding(c, HealthStatus.Warning, $"failed {Num(t.ComponentFailureThreshold)} or more times: {string.Join(", ", repeated.Select(id => $"{id} ({m.ComponentFailures[id]})"))}")
            : Healthy(c, $"{m.CascadeEvents} cascade event(s); no component failed {Num(t.ComponentFailureThreshold)} times");
    }

    public static HealthFinding RegisterDrift(HealthMetrics m, HealthThresholds t)
    {
        const HealthCondition c = HealthCondition.RegisterDrift;
        if (m.RegisterChecks < MinRegisterChecks)
        {
            return Healthy(c, "insufficient data: register drift is sampled by a model, which Pact for .NET does not call");
        }

        var rate = HealthFormulas.RegisterDriftRate(m);
        var text = $"{m.RegisterDriftEvents} of {m.RegisterChecks} register checks drifted (rate {Num(rate)})";
        return rate >= t.RegisterDriftCritical ? Finding(c, HealthStatus.Critical, text)
            : rate >= t.RegisterDriftWarning ? Finding(c, HealthStatus.Warning, text)
            : Healthy(c, text);
    }

    public static HealthFinding RoomToImprove(HealthMetrics m) =>
        Healthy(HealthCondition.RoomToImprove, $"informational: {m.PlanRevisions} plan revision(s), test pass rate {Num(HealthFormulas.TestPassRate(m))}");

    public static HealthFinding VarianceReachesTarget(HealthMetrics m, bool preArtifact)
    {
        const HealthCondition c = HealthCondition.VarianceReachesTarget;
        if (preArtifact)
        {
            return Healthy(c, NotBeforeArtifacts);
        }

        var share = HealthFormulas.GenerationShare(m);
        return share < VarianceCriticalShare && m.TotalTokens > VarianceMinTokens
            ? Finding(c, HealthStatus.Critical, $"only {Num(share * 100, "0")}% of {m.TotalTokens} tokens went into generation: the work is not reaching code")
            : Healthy(c, $"generation share {Num(share * 100, "0")}% of {m.TotalTokens} tokens");
    }

    public static HealthFinding GainOutweighsCost(HealthMetrics m, bool preArtifact)
    {
        const HealthCondition c = HealthCondition.GainOutweighsCost;
        if (preArtifact)
        {
            return Healthy(c, NotBeforeArtifacts);
        }

        if (m.TotalSpend > GainCriticalSpend && m.ArtifactsProduced == 0)
        {
            return Finding(c, HealthStatus.Critical, $"${Money(m.TotalSpend)} spent and no artifact produced");
        }

        var velocity = HealthFormulas.BudgetVelocity(m);
        return m.TotalSpend > 0 && velocity < GainWarningVelocity
            ? Finding(c, HealthStatus.Warning, $"{m.ArtifactsProduced} artifacts for ${Money(m.TotalSpend)} ({Num(velocity)} per dollar, below {Num(GainWarningVelocity)})")
            : Healthy(c, $"{m.ArtifactsProduced} artifacts for ${Money(m.TotalSpend)}");
    }

    /// <summary>Remedies, for critical findings only (reference F.5), as sentences for the agent or user.</summary>
    public static IReadOnlyList<HealthRemedy> Remedies(IReadOnlyList<HealthFinding> findings, HealthMetrics m)
    {
        var remedies = new List<HealthRemedy>();
        foreach (var finding in findings.Where(f => f.Status == HealthStatus.Critical))
        {
            switch (finding.Condition)
            {
                case HealthCondition.RejectionRate:
                    remedies.Add(new HealthRemedy
                    {
                        Kind = "max_plan_revisions",
                        Description = "Most implementation attempts fail: stop iterating blindly.",
                        Action = "Revise each failing component's contract at most once more (pact contract), re-read its handoff brief (pact handoff) and the failing tests before the next attempt; if it still fails, ask the user.",
                    });
                    break;
                case HealthCondition.OutputPlanningRatio:
                    remedies.Add(new HealthRemedy
                    {
                        Kind = "shaping",
                        Description = $"Planning took {m.PlanningTokens} tokens, generation {m.GenerationTokens}: redirect the budget toward generation.",
                        Action = "Skip the optional shape phase and further plan revisions; hand off the contracted components (pact handoff) and implement them.",
                    });
                    break;
                case HealthCondition.GracefulDegradation:
                    var worst = m.ComponentFailures.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Take(3).Select(f => f.Key);
                    remedies.Add(new HealthRemedy
                    {
                        Kind = "skip_cascaded",
                        Description = $"Failures cascade through the tree ({m.CascadeEvents} failed pairs).",
                        Action = $"Fix the most-failing components first ({string.Join(", ", worst)}) and hold off implementing the components that depend on them until their suites pass.",
                    });
                    break;
                case HealthCondition.BudgetVelocity:
                    remedies.Add(new HealthRemedy
                    {
                        Kind = "informational",
                        Description = $"Spent ${Money(m.TotalSpend)} for {m.ArtifactsProduced} artifacts ({Num(HealthFormulas.BudgetVelocity(m))} per dollar).",
                        Informational = true,
                        Action = "Consider reducing scope.",
                    });
                    break;
                default:
                    break;
            }
        }

        return remedies;
    }

    private static HealthFinding Healthy(HealthCondition condition, string message) => Finding(condition, HealthStatus.Healthy, message);

    private static HealthFinding Finding(HealthCondition condition, HealthStatus status, string message) => new() { Condition = condition, Status = status, Message = message };

    private static string Num(double value, string format = "0.##") =>
        double.IsPositiveInfinity(value) ? "inf" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Money(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
