namespace Pact.Engine.Judge.Certification;

/// <summary>
/// The keys an operator trusts to have signed certificates: <c>$PACT_HOME/trusted_keys/*.pem</c> (else
/// <c>~/.config/pact/trusted_keys/*.pem</c>) and every PEM file or directory of them in <c>PACT_TRUSTED_KEYS</c> (a
/// path list). All of it is user configuration outside the project: a key found inside the project is skipped and
/// reported, because whatever is inside the project the implementer can replace.
/// </summary>
public static class TrustStore
{
    public const string Variable = "PACT_TRUSTED_KEYS";
    public const string DirectoryName = "trusted_keys";

    public static string Directory(IReadOnlyDictionary<string, string?> environment) => Path.Combine(Storage.PactHome.Directory(environment), DirectoryName);

    public static IReadOnlyList<TrustedKey> Load(IReadOnlyDictionary<string, string?> environment, ProjectLayout layout, List<Diagnostic> warnings)
    {
        var files = new List<string>();
        var sources = new List<string> { Directory(environment) };
        sources.AddRange((environment.GetValueOrDefault(Variable) ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var source in sources)
        {
            var full = Path.GetFullPath(source);
            if (System.IO.Directory.Exists(full))
            {
                files.AddRange(System.IO.Directory.EnumerateFiles(full, "*.pem").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(full))
            {
                files.Add(full);
            }
        }

        var keys = new List<TrustedKey>();
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            if (InProject(layout, file))
            {
                warnings.Add(new Diagnostic { Rule = "certify.trusted_key_in_project", Severity = Severity.Warning, File = file, Message = "a trusted key inside the project is ignored: the implementer can replace it", Fix = "keep trusted keys in ~/.config/pact/trusted_keys/ or name a file outside the project in PACT_TRUSTED_KEYS" });
                continue;
            }

            if (Read(file) is { } key)
            {
                keys.Add(key);
            }
            else
            {
                warnings.Add(new Diagnostic { Rule = "certify.trusted_key_unreadable", Severity = Severity.Warning, File = file, Message = "not a PEM ECDSA public key; ignored", Fix = "copy the audit directory's keys/signing_key.pub.pem here" });
            }
        }

        return keys;
    }

    /// <summary>The PEM key in <paramref name="file"/>, or null when it is not one.</summary>
    public static TrustedKey? Read(string file)
    {
        try
        {
            var pem = File.ReadAllText(file);
            using var key = ECDsa.Create();
            key.ImportFromPem(pem);
            return new TrustedKey(SigningKeys.KeyId(key), file, pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Inside the project by name or by real path (a link from outside into the project counts as inside).</summary>
    public static bool InProject(ProjectLayout layout, string path) =>
        layout.Contains(path) || new ProjectLayout(JudgedFile.RealPath(layout.Root)).Contains(JudgedFile.RealPath(path));
}
