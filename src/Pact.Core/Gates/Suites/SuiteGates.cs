using Pact.Judge;

namespace Pact.Gates.Suites;

/// <summary>
/// Gates of a visible test suite against its contract: it belongs to this contract and version, its cases are unique
/// and name functions of the contract, every case id appears in the code, each function has a happy-path test and
/// (when it declares error cases) an error-case test, and the code is there and parses (the syntax check, run outside).
/// A hidden (Goodhart) suite passes the same gates except the two coverage rules: coverage is the visible suite's
/// promise to the implementer, while a hidden suite probes only what an implementation gaming the visible tests would
/// get wrong, so demanding a happy path per function there would only make the auditor copy visible tests.
/// </summary>
public static class SuiteGates
{
    public const string ComponentMismatch = "suite.component_id.mismatch";
    public const string VersionMismatch = "suite.contract_version.mismatch";
    public const string NoCases = "suite.cases.empty";
    public const string DuplicateCase = "suite.case.duplicate";
    public const string UnknownFunction = "suite.case.unknown_function";
    public const string NotInCode = "suite.case.not_in_code";
    public const string NoHappyPath = "suite.function.no_happy_path";
    public const string NoErrorCase = "suite.function.no_error_case";
    public const string Syntax = "suite.code.syntax";
    public const string NoCode = "suite.code.empty";
    public const string GeneratedNameTaken = "suite.generated_name_taken";

    /// <summary>The language's parser could not run: its toolchain is missing or broken (the rule `pact doctor` uses too).</summary>
    public const string ToolchainMissing = "toolchain.missing";

    public static IReadOnlyList<Diagnostic> Check(ComponentContract contract, ContractTestSuite suite, SyntaxCheck? syntax, string? file = null, SuiteKind kind = SuiteKind.Visible)
    {
        file ??= ArtifactPaths.Suite(contract.ComponentId);
        var found = new List<Diagnostic>();
        if (suite.ComponentId != contract.ComponentId)
        {
            found.Add(Findings.Error(ComponentMismatch, file, "/component_id", $"the suite is for '{suite.ComponentId}', not '{contract.ComponentId}'", $"set component_id to '{contract.ComponentId}'"));
        }
        if (suite.ContractVersion != contract.Version)
        {
            found.Add(Findings.Error(VersionMismatch, file, "/contract_version", $"the suite tests contract version {suite.ContractVersion}, the contract is at version {contract.Version}", $"update the suite to version {contract.Version}"));
        }
        if (suite.TestCases.Count == 0)
        {
            found.Add(Findings.Error(NoCases, file, "/test_cases", "the suite has no test cases", "describe each test of generated_code as a test case"));
        }
        var hasCode = suite.GeneratedCode.Trim().Length > 0;
        if (!hasCode)
        {
            // The judge runs generated_code, never the case descriptions: without code there is nothing to lock.
            found.Add(Findings.Error(NoCode, file, "/generated_code", "generated_code is empty: the suite has no test to run", "put the test file's code in generated_code, one test per case, named after its id"));
        }
        if (suite.PactGenerated is not null)
        {
            found.Add(Findings.Error(GeneratedNameTaken, file, "/pact_generated", "pact_generated is written by the judge when it locks the suite, never submitted", "remove pact_generated from the suite"));
        }
        else if (suite.GeneratedCode.Contains(GeneratedSuitePart.Prefix, StringComparison.Ordinal))
        {
            // The generated part runs in the same file: a name of its namespace in the suite's code could shadow or
            // redefine one of its tests.
            found.Add(Findings.Error(GeneratedNameTaken, file, "/generated_code", $"generated_code uses the name prefix '{GeneratedSuitePart.Prefix}', which belongs to the tests Pact generates from the contract and runs beside this code", $"rename whatever in generated_code contains '{GeneratedSuitePart.Prefix}'"));
        }
        var functions = contract.Functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < suite.TestCases.Count; i++)
        {
            var test = suite.TestCases[i];
            if (!ids.Add(test.Id))
            {
                found.Add(Findings.Error(DuplicateCase, file, $"/test_cases/{i}/id", $"test case id '{test.Id}' is used twice", "give each test case its own id"));
            }
            if (!functions.Contains(test.Function))
            {
                found.Add(Findings.Error(UnknownFunction, file, $"/test_cases/{i}/function", $"'{test.Function}' is not a function of '{contract.ComponentId}'", $"name one of: {string.Join(", ", functions.Order(StringComparer.Ordinal))}"));
            }
            if (test.Id.Contains(GeneratedSuitePart.Prefix, StringComparison.Ordinal))
            {
                found.Add(Findings.Error(GeneratedNameTaken, file, $"/test_cases/{i}/id", $"test case id '{test.Id}' contains '{GeneratedSuitePart.Prefix}', which names only the tests Pact generates from the contract", $"rename the case (and its test) without '{GeneratedSuitePart.Prefix}'"));
            }
            else if (hasCode && !suite.GeneratedCode.Contains(test.Id, StringComparison.Ordinal))
            {
                found.Add(Findings.Error(NotInCode, file, $"/test_cases/{i}/id", $"no test in generated_code carries the id '{test.Id}'", "name the test after its case id, e.g. def test_<id>() or test('<id>', …)"));
            }
        }
        for (var f = 0; f < contract.Functions.Count && suite.TestCases.Count > 0 && kind == SuiteKind.Visible; f++)
        {
            var function = contract.Functions[f];
            var cases = suite.TestCases.Where(t => t.Function == function.Name).ToList();
            if (!cases.Any(t => t.Category == TestCategory.HappyPath))
            {
                found.Add(Findings.Error(NoHappyPath, file, "/test_cases", $"'{function.Name}' has no happy_path test", $"add a happy_path test case for '{function.Name}'"));
            }
            if (function.ErrorCases.Count > 0 && !cases.Any(t => t.Category == TestCategory.ErrorCase))
            {
                found.Add(Findings.Error(NoErrorCase, file, "/test_cases", $"'{function.Name}' declares error cases but has no error_case test", $"add an error_case test for one of: {string.Join(", ", function.ErrorCases.Select(e => e.Name))}"));
            }
        }
        if (syntax is { NotRun: true })
        {
            found.Add(new Diagnostic
            {
                Rule = ToolchainMissing,
                File = file,
                Pointer = "/generated_code",
                Message = $"generated_code could not be checked as {suite.TestLanguage.Id}, so the suite is not locked: {syntax.Error}",
                Fix = syntax.Fix,
            });
        }
        else if (syntax is { Ok: false })
        {
            found.Add(new Diagnostic
            {
                Rule = Syntax,
                File = file,
                Pointer = "/generated_code",
                Message = $"generated_code does not parse as {suite.TestLanguage.Id}{(syntax.Line is { } line ? $" (code line {line})" : "")}: {syntax.Error}",
                Fix = "fix the code so the language's own parser accepts it",
            });
        }
        return found;
    }
}
