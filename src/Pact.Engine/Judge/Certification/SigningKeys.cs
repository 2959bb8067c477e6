using Pact.Hashing;

namespace Pact.Engine.Judge.Certification;

/// <summary>
/// The ECDSA P-256 key that signs certificates. It lives in the audit directory (keys/), or, in solo mode, in the
/// user's Pact key store ($PACT_HOME/keys, else ~/.config/pact/keys); never inside the code repository.
/// </summary>
public static class SigningKeys
{
    public const string PrivateKeyFile = "signing_key.pem";
    public const string PublicKeyFile = "signing_key.pub.pem";

    public static string Directory(JudgeLayout judge) =>
        judge.AuditDir is { } audit ? Path.Combine(audit, "keys") : SoloDirectory();

    public static string SoloDirectory() => Path.Combine(Storage.PactHome.Directory(), "keys");

    /// <summary>As <see cref="Directory(JudgeLayout)"/>, with the environment given (verify is told it, never reads it).</summary>
    public static string Directory(JudgeLayout judge, IReadOnlyDictionary<string, string?> environment) =>
        judge.AuditDir is { } audit ? Path.Combine(audit, "keys") : Path.Combine(Storage.PactHome.Directory(environment), "keys");

    /// <summary>The key in <paramref name="directory"/>, made (private file mode 0600) when absent.</summary>
    public static ECDsa LoadOrCreate(string directory)
    {
        var path = Path.Combine(directory, PrivateKeyFile);
        var key = ECDsa.Create();
        if (File.Exists(path))
        {
            key.ImportFromPem(File.ReadAllText(path));
            return key;
        }

        key.GenerateKey(ECCurve.NamedCurves.nistP256);
        OwnerOnly.CreateDirectory(directory);

        // The public key is no secret, but it decides what --verify trusts: nobody else may replace it, or read the
        // directory listing around the private one. Both are written whole under temporary names and renamed, the
        // private key last: a process killed mid-write leaves no half key, and of two made at once the first wins.
        var publicPath = Path.Combine(directory, PublicKeyFile);
        var staged = Stage(directory, key.ExportPkcs8PrivateKeyPem());
        try
        {
            File.Delete(publicPath); // a stale one without its private key; deleting never follows a link
            File.Move(Stage(directory, key.ExportSubjectPublicKeyInfoPem() + "\n"), publicPath, overwrite: true);
            File.Move(staged, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made the key first: use its key, and put back its public key, which ours may have replaced.
            File.Delete(staged);
            key.Dispose();
            var first = LoadOrCreate(directory);
            File.Move(Stage(directory, first.ExportSubjectPublicKeyInfoPem() + "\n"), publicPath, overwrite: true);
            return first;
        }

        return key;
    }

    private static string Stage(string directory, string text)
    {
        var temporary = Path.Combine(directory, $".key-{Guid.NewGuid():N}.tmp");
        using (var writer = new StreamWriter(temporary, OwnerOnly.NewFile()))
        {
            writer.Write(text);
        }

        return temporary;
    }

    /// <summary>The public key of the store, if there is one (used by --verify to refuse a certificate re-signed with another key).</summary>
    public static ECDsa? TrustedPublicKey(string directory)
    {
        var path = Path.Combine(directory, PublicKeyFile);
        if (!File.Exists(path))
        {
            return null;
        }

        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }

    public static string KeyId(ECDsa key) => ContentHash.OfBytes(key.ExportSubjectPublicKeyInfo());
}
