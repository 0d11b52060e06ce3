using System.Security.Cryptography;

namespace Kenes.Backup;

/// <summary>
/// SHA256SUMS in the format of coreutils' sha256sum ("hash  relative/path" per line), so a backup can be checked
/// with `sha256sum -c SHA256SUMS` without Kenes.
/// </summary>
public static class Manifest
{
    public const string FileName = "SHA256SUMS";

    public static async Task WriteAsync(string folder, IEnumerable<(string Name, string Sha256)> entries)
    {
        var lines = entries.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => $"{e.Sha256}  {e.Name}");
        var temporary = Path.Combine(folder, FileName + ".tmp");
        await File.WriteAllLinesAsync(temporary, lines);
        File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
    }

    public static async Task<Dictionary<string, string>> ReadAsync(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new BackupException($"{path} is missing: not a Kenes backup, or an unfinished one.");
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in await File.ReadAllLinesAsync(path))
        {
            if (line.Length > 66 && line[64] == ' ' && line[65] == ' ')
            {
                entries[line[66..]] = line[..64];
            }
        }

        return entries;
    }

    public static async Task<string> HashAsync(string path)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file));
    }
}
