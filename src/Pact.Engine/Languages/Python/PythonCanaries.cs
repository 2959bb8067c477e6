namespace Pact.Engine.Languages.Python;

/// <summary>Python's canaries: plain <c>assert</c> (rewritten by pytest), and <c>pytest.raises</c> when the suite uses it.</summary>
public static class PythonCanaries
{
    public static (string Code, IReadOnlyList<Canary> Canaries) Write(string code, Func<string> name)
    {
        var canaries = new List<Canary>();
        var text = new System.Text.StringBuilder("\n\n");
        var (a, b) = Canaries.Different();
        var fail = name();
        canaries.Add(new Canary(fail, true));
        text.Append(CultureInfo.InvariantCulture, $"def {fail}():\n    assert [{a}] == [{b}]\n\n\n");
        var same = Canaries.Number();
        var pass = name();
        canaries.Add(new Canary(pass, false));
        text.Append(CultureInfo.InvariantCulture, $"def {pass}():\n    assert [{same}] == [{same}]\n");
        if (code.Contains("pytest.raises", StringComparison.Ordinal))
        {
            var alias = Canaries.Identifier(code);
            var raises = name();
            canaries.Add(new Canary(raises, true));
            text.Append(CultureInfo.InvariantCulture, $"\n\nimport pytest as {alias}\n\n\ndef {raises}():\n    with {alias}.raises(ValueError):\n        [{Canaries.Number()}]\n");
        }

        return (text.ToString(), canaries);
    }
}
