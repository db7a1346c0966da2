using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace EgovExport.Infrastructure.Identity;

/// <summary>
/// The token server's RSA keys: one signs tokens, one encrypts access tokens. Generated on first start
/// into <see cref="AuthOptions.KeysPath"/> (readable by the owner only) and reused after, so tokens and
/// sign-ins survive a restart. Several instances must share the folder.
/// </summary>
public static class SigningKeys
{
    public static (SecurityKey Signing, SecurityKey Encryption) LoadOrCreate(string folder)
    {
        Directory.CreateDirectory(folder);
        return (Load(Path.Combine(folder, "signing.pem"), "signing"), Load(Path.Combine(folder, "encryption.pem"), "encryption"));
    }

    private static RsaSecurityKey Load(string file, string use)
    {
        var rsa = RSA.Create();
        if (File.Exists(file))
        {
            rsa.ImportFromPem(File.ReadAllText(file));
        }
        else
        {
            rsa.KeySize = 2048;
            var pem = rsa.ExportPkcs8PrivateKeyPem();
            File.WriteAllText(file, pem);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return new RsaSecurityKey(rsa) { KeyId = $"{use}-{Convert.ToHexString(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16].ToLowerInvariant()}" };
    }
}
