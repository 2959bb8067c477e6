using System.Xml;
using System.Xml.Linq;

namespace Pact.Engine.Judge.Runs;

/// <summary>Reads JUnit XML (pytest, node --test) and TRX (dotnet test). Never parses a runner's human output.</summary>
public static class ReportReader
{
    private const int MessageCap = 4000;

    /// <summary>
    /// Null when the file is absent or not a report. <c>fileLevel</c>: node reports a test file that ran no test
    /// (e.g. the implementation called process.exit at import) as one passing "test" named after the file; such an
    /// entry never counts as a pass, and if it failed it is an error.
    /// </summary>
    public static RunnerReport? Read(string path, ReportFormat format, string? fileLevel = null)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var document = XDocument.Load(path, LoadOptions.None);
            return format == ReportFormat.Trx ? Trx(document) : JUnit(document, fileLevel);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static RunnerReport JUnit(XDocument document, string? fileLevel)
    {
        var failures = new List<TestFailure>();
        var cases = new List<ReportedCase>();
        int total = 0, passed = 0, failed = 0, errors = 0;
        foreach (var test in document.Descendants("testcase"))
        {
            var id = test.Attribute("name")?.Value ?? "";
            var problem = test.Element("failure") ?? test.Element("error") ?? test.Element("skipped");
            var isFile = fileLevel is not null && id.Replace('\\', '/').EndsWith(fileLevel, StringComparison.Ordinal);
            if (isFile && problem is null)
            {
                continue;
            }

            total++;
            if (problem is null)
            {
                passed++;
                cases.Add(new ReportedCase(id, CaseOutcome.Passed));
                continue;
            }

            if (problem.Name.LocalName == "error" || isFile)
            {
                errors++;
                cases.Add(new ReportedCase(id, CaseOutcome.NotRun));
            }
            else
            {
                failed++;
                cases.Add(new ReportedCase(id, CaseOutcome.Failed));
            }

            var kind = problem.Name.LocalName == "skipped" ? "skipped (a locked test must run)" : problem.Name.LocalName;
            failures.Add(new TestFailure
            {
                TestId = id,
                ErrorMessage = Cap($"{kind}: {problem.Attribute("message")?.Value}\n{problem.Value}".Trim()),
                Stdout = Cap(test.Element("system-out")?.Value ?? ""),
                Stderr = Cap(test.Element("system-err")?.Value ?? ""),
            });
        }

        return new RunnerReport { Total = total, Passed = passed, Failed = failed, Errors = errors, Failures = failures, Cases = cases };
    }

    private static RunnerReport Trx(XDocument document)
    {
        XNamespace ns = document.Root?.Name.Namespace ?? XNamespace.None;
        var failures = new List<TestFailure>();
        var cases = new List<ReportedCase>();
        int total = 0, passed = 0, failed = 0;
        foreach (var result in document.Descendants(ns + "UnitTestResult"))
        {
            total++;
            var name = result.Attribute("testName")?.Value ?? "";
            if (result.Attribute("outcome")?.Value == "Passed")
            {
                passed++;
                cases.Add(new ReportedCase(name, CaseOutcome.Passed));
                continue;
            }

            failed++;
            cases.Add(new ReportedCase(name, CaseOutcome.Failed));
            var info = result.Descendants(ns + "ErrorInfo").FirstOrDefault();
            failures.Add(new TestFailure
            {
                TestId = result.Attribute("testName")?.Value ?? "",
                ErrorMessage = Cap($"{result.Attribute("outcome")?.Value}: {info?.Element(ns + "Message")?.Value}\n{info?.Element(ns + "StackTrace")?.Value}".Trim()),
                Stdout = Cap(result.Descendants(ns + "StdOut").FirstOrDefault()?.Value ?? ""),
            });
        }

        return new RunnerReport { Total = total, Passed = passed, Failed = failed, Failures = failures, Cases = cases };
    }

    private static string Cap(string text) => text.Length <= MessageCap ? text : text[..MessageCap] + "…";
}
