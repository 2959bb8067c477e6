namespace Pact.Engine.Judge.Certification;

/// <summary>
/// The key a verify believes, and whether the operator pinned it. Pinned: <c>--key FILE</c>, <c>--keyid</c> in the
/// trust store, or a trust-store key whose id the certificate names. Unpinned: the key of the signing store that
/// pact.yaml's <c>audit_dir</c> (or solo mode) names; that proves only that whoever controls pact.yaml signed it, so
/// it is reported, and refused under CI unless the operator allows it. The key beside the certificate is never used.
/// </summary>
public sealed record VerificationAnchor(TrustedKey Key, bool Pinned)
{
    /// <summary>The anchor, or null with the refusal added to <paramref name="diagnostics"/>.</summary>
    public static VerificationAnchor? Resolve(ProjectLayout layout, JudgeLayout judge, VerifyOptions options, string signatureKeyId, List<Diagnostic> diagnostics)
    {
        if (options.KeyFile is { } keyFile)
        {
            var path = Path.GetFullPath(keyFile);
            if (TrustStore.InProject(layout, path))
            {
                diagnostics.Add(Refusal("certify.key_in_project", path, "the pinned key is inside the project, where the implementer can replace it; a key found inside the project is never trusted", "pin the audit directory's keys/signing_key.pub.pem, or a copy kept outside the project"));
                return null;
            }

            if (TrustStore.Read(path) is not { } pinned)
            {
                diagnostics.Add(Refusal("certify.key_unreadable", path, "the --key file is missing or not a PEM ECDSA public key", "pass the public key `pact audit-init` printed (keys/signing_key.pub.pem in the audit directory)"));
                return null;
            }

            return new VerificationAnchor(pinned with { Source = $"--key {path}" }, Pinned: true);
        }

        var trusted = TrustStore.Load(options.Environment, layout, diagnostics);
        if (options.KeyId is { } keyId)
        {
            var wanted = keyId.Trim();
            if (trusted.FirstOrDefault(k => k.KeyId.Equals(wanted, StringComparison.OrdinalIgnoreCase)) is { } byId)
            {
                return new VerificationAnchor(byId, Pinned: true);
            }

            diagnostics.Add(Refusal("certify.key_not_trusted", TrustStore.Directory(options.Environment), $"no key with id {wanted} in the trust store ({TrustStore.Directory(options.Environment)}, {TrustStore.Variable}: {options.Environment.GetValueOrDefault(TrustStore.Variable) ?? "unset"})", $"copy the audit directory's keys/signing_key.pub.pem into {TrustStore.Directory(options.Environment)}, or list it in {TrustStore.Variable}"));
            return null;
        }

        // The certificate's key id only chooses which trusted key to try; the signature still has to verify with it.
        if (trusted.FirstOrDefault(k => k.KeyId.Equals(signatureKeyId, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            return new VerificationAnchor(named, Pinned: true);
        }

        var unpinned = $"this verify is unpinned: no --key or --keyid was given and no trusted key ({TrustStore.Directory(options.Environment)}, {TrustStore.Variable}) signed the certificate, so the only key left is one the project names, and a certificate its implementer signed with a key of their own would pass";
        if (options.InCi && !options.AllowUnpinned)
        {
            diagnostics.Add(Refusal("certify.unpinned", "", unpinned + "; refused because CI=true", "pin the key: `pact certify <dir> --verify --key audit-pub.pem` (or --keyid with the key in the trust store); --allow-unpinned accepts an unpinned verify"));
            return null;
        }

        var store = SigningKeys.Directory(judge, options.Environment);
        var file = Path.Combine(store, SigningKeys.PublicKeyFile);
        if (TrustStore.InProject(layout, file) || TrustStore.Read(file) is not { } fallback)
        {
            diagnostics.Add(Refusal("certify.no_trusted_key", file, $"{unpinned}; and there is no key outside the project to check it with ({file} is missing{(TrustStore.InProject(layout, file) ? " or inside the project" : "")})", "pin the key the certificate should be signed with: `pact certify <dir> --verify --key FILE`"));
            return null;
        }

        diagnostics.Add(new Diagnostic { Rule = "certify.unpinned", Severity = Severity.Warning, File = file, Message = $"{unpinned}; checked with {file}", Fix = "pin the key: `pact certify <dir> --verify --key audit-pub.pem` (or --keyid with the key in the trust store)" });
        return new VerificationAnchor(fallback with { Source = $"unpinned: {file} (named by pact.yaml)" }, Pinned: false);
    }

    private static Diagnostic Refusal(string rule, string file, string message, string fix) => new() { Rule = rule, File = file, Message = message, Fix = fix };
}
