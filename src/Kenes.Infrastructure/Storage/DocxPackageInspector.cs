using System.IO.Compression;

namespace Kenes.Infrastructure.Storage;

/// <summary>
/// Checks a zip container claimed to be a Word document using only its central directory (names and declared
/// sizes), so a decompression bomb is recognised without inflating a single entry.
/// </summary>
internal static class DocxPackageInspector
{
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;
    public const double MaxCompressionRatio = 100;
    public const int MaxEntries = 1000;

    // A single entry's ratio is judged only from this size up: tiny XML parts legitimately compress far more than
    // 100:1 in relative terms without being any threat.
    private const long RatioCheckFromBytes = 1024 * 1024;

    /// <summary>Null when the package is an acceptable Word document, otherwise a <see cref="FileCheckCodes"/> code.</summary>
    public static string? Check(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = zip.Entries;
            if (entries.Count > MaxEntries)
            {
                return FileCheckCodes.DocxBomb;
            }

            long uncompressed = 0;
            long compressed = 0;
            foreach (var entry in entries)
            {
                uncompressed += entry.Length;
                compressed += entry.CompressedLength;
                if (entry.Length >= RatioCheckFromBytes && entry.Length > MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                {
                    return FileCheckCodes.DocxBomb;
                }
            }

            if (uncompressed > MaxUncompressedBytes || (uncompressed >= RatioCheckFromBytes && uncompressed > MaxCompressionRatio * Math.Max(compressed, 1)))
            {
                return FileCheckCodes.DocxBomb;
            }

            var names = entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml") || !names.Contains("word/document.xml"))
            {
                return FileCheckCodes.DocxInvalid;
            }

            // Macros live in vbaProject.bin whatever the file is called; a .docm renamed .docx still carries it.
            if (entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return FileCheckCodes.DocxMacro;
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return FileCheckCodes.DocxInvalid;
        }
    }
}
