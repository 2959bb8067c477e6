using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pact.Production;

namespace Pact.Engine.Tests.Production;

/// <summary>Writes a pack's hand-edited files as a person would finish them, and external evidence records, for the gate tests.</summary>
internal static class ProductionPack
{
    public static readonly IReadOnlyDictionary<string, string> Finished = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["prompt.md"] = "# Production build prompt\n\nA ledger library for the accounts team; done means certified and released to the internal index.\n",
        ["constraints.yaml"] = "version: \"1\"\nconstraints:\n  - id: C1\n    text: money is never a float\n    source: finance team\n",
        ["component_map.yaml"] = "version: \"1\"\ncomponents:\n  - id: ledger\n    description: the ledger library\n    owner: accounts team\n    contracts: [money, accounts, report]\n",
        ["trust_policy.yaml"] = "version: \"1\"\nassertions:\n  - id: T1\n    statement: amounts come only from the accounts service\n    evidence: reports/trust.md\n",
        ["threat_model.yaml"] = "version: \"1\"\nboundaries: [caller -> library]\nthreats:\n  - id: TH1\n    boundary: caller -> library\n    threat: a malformed amount\n    control: SEC-01\n",
        ["architecture_laws.yaml"] = "version: \"1\"\nlaws:\n  - id: L1\n    law: report depends on accounts, never the reverse\n    check: the decomposition's dependencies\n",
        ["preflight.yaml"] = "version: \"1\"\nchecks:\n  - id: P1\n    check: the certificate verifies with the pinned key\n    owner: release manager\n",
        ["live_validation.yaml"] = "version: \"1\"\nenvironment: internal-index\nchecks:\n  - id: V1\n    check: the published package's digest matches the certified build\n    evidence: reports/live.md\n",
        ["build_charter.md"] = "# Build charter\n\nCommissioned by the accounts team; the release manager approves.\n",
    };

    public static string Dir(string project) => Path.Combine(project, "production");

    /// <summary>Replaces every placeholder file of the pack with its finished version.</summary>
    public static void Finish(string project)
    {
        foreach (var (name, text) in Finished)
        {
            File.WriteAllText(Path.Combine(Dir(project), name), text);
        }
    }

    /// <summary>done_gate.yaml with one record per item: a report under reports/ with its real hash, dated <paramref name="date"/>.</summary>
    public static void Evidence(string project, DateTimeOffset date, params string[] items)
    {
        var text = new StringBuilder("version: \"1\"\nevidence:\n");
        foreach (var item in items)
        {
            var report = $"reports/{item}.md";
            var path = Path.Combine(Dir(project), report);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"# {item}\n\nReviewed by the release manager on {date:yyyy-MM-dd}: the control holds.\n");
            text.Append(CultureInfo.InvariantCulture, $"  - item: {item}\n    file: {report}\n    sha256: {Sha256(path)}\n    date: {date:yyyy-MM-ddTHH:mm:ssZ}\n");
        }

        File.WriteAllText(Path.Combine(Dir(project), ProductionFiles.DoneGate), text.ToString());
    }

    /// <summary>na_register.yaml with the given records (item, justification, review).</summary>
    public static void NotApplicable(string project, params (string Item, string Justification, string Review)[] records)
    {
        var text = new StringBuilder("version: \"1\"\nrecords:\n");
        foreach (var (item, justification, review) in records)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - item: {item}\n    justification: \"{justification}\"\n    review: \"{review}\"\n");
        }

        File.WriteAllText(Path.Combine(Dir(project), ProductionFiles.NaRegister), records.Length == 0 ? "version: \"1\"\nrecords: []\n" : text.ToString());
    }

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
