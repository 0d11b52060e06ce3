using System.IO.Compression;
using System.Text;

namespace Kenes.Infrastructure.Storage;

/// <summary>
/// Finds PDF names that make a document act rather than display: scripts (/JavaScript, /JS), launching programs
/// (/Launch) and embedded files (/EmbeddedFile, /EmbeddedFiles), which HR officers would otherwise open in their
/// browsers. Names are compared after #xx escapes are decoded (/J#61vaScript is /JavaScript), and object streams
/// are inflated, because since PDF 1.5 dictionaries may hide inside compressed streams.
/// </summary>
/// <remarks>
/// This is a conservative byte-level scan, not a PDF parser: an object stream it cannot decode (another filter,
/// encryption, corrupt data, or more than 50 MB inflated) counts as active content, since it could not be inspected.
/// </remarks>
internal static class PdfActiveContentScanner
{
    private static readonly HashSet<string> ActiveNames = new(StringComparer.Ordinal)
    {
        "JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles",
    };

    private const long MaxInflatedBytes = 50L * 1024 * 1024;

    public static bool HasActiveContent(ReadOnlySpan<byte> pdf)
    {
        var streams = Streams(pdf);

        // Binary stream data (scanned images) is full of '/' bytes; the long names never occur there by chance,
        // but "/JS" + delimiter does about once per 500 MB, so /JS counts only outside stream data. A script still
        // needs /S /JavaScript in its action dictionary, which is matched everywhere.
        var found = AnyName(pdf, (name, at) => ActiveNames.Contains(name) && (name != "JS" || !streams.Any(s => s.DataStart <= at && at < s.DataEnd)));
        if (found)
        {
            return true;
        }

        long inflatedSoFar = 0;
        foreach (var stream in streams)
        {
            var dictionary = pdf[stream.DictionaryStart..stream.DataStart];
            if (!AnyName(dictionary, (name, _) => name == "ObjStm"))
            {
                continue;
            }

            var flate = AnyName(dictionary, (name, _) => name == "FlateDecode");
            var otherFilter = AnyName(dictionary, (name, _) => name != "FlateDecode" && name.EndsWith("Decode", StringComparison.Ordinal));
            if (otherFilter)
            {
                return true;
            }

            if (!flate)
            {
                continue; // Uncompressed: its names were already scanned above.
            }

            var inflated = Inflate(pdf[stream.DataStart..stream.DataEnd], MaxInflatedBytes - inflatedSoFar);
            if (inflated is null)
            {
                return true;
            }

            inflatedSoFar += inflated.Length;
            if (AnyName(inflated, (name, _) => ActiveNames.Contains(name)))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct StreamRange(int DictionaryStart, int DataStart, int DataEnd);

    /// <summary>Calls <paramref name="match"/> with every /Name token (PDF 32000-1 §7.3.5), decoded, and its offset.</summary>
    private static bool AnyName(ReadOnlySpan<byte> content, Func<string, int, bool> match)
    {
        var name = new StringBuilder();
        var i = 0;
        while (i < content.Length)
        {
            var slash = content[i..].IndexOf((byte)'/');
            if (slash < 0)
            {
                return false;
            }

            var start = i + slash;
            var j = start + 1;
            name.Clear();
            while (j < content.Length && !IsDelimiterOrSpace(content[j]))
            {
                if (content[j] == '#' && j + 2 < content.Length && IsHex(content[j + 1]) && IsHex(content[j + 2]))
                {
                    name.Append((char)((HexValue(content[j + 1]) << 4) | HexValue(content[j + 2])));
                    j += 3;
                    continue;
                }

                name.Append((char)content[j]);
                j++;
            }

            if (name.Length > 0 && match(name.ToString(), start))
            {
                return true;
            }

            i = j;
        }

        return false;
    }

    /// <summary>Every "stream … endstream" with the dictionary that precedes it (from the last "obj").</summary>
    private static List<StreamRange> Streams(ReadOnlySpan<byte> pdf)
    {
        var result = new List<StreamRange>();
        var position = 0;
        while (position < pdf.Length)
        {
            var found = pdf[position..].IndexOf("stream"u8);
            if (found < 0)
            {
                break;
            }

            var keyword = position + found;
            if (keyword >= 3 && pdf.Slice(keyword - 3, 3).SequenceEqual("end"u8))
            {
                position = keyword + 6;
                continue;
            }

            var objectStart = pdf[..keyword].LastIndexOf("obj"u8);
            var dataStart = keyword + 6;
            if (dataStart < pdf.Length && pdf[dataStart] == '\r')
            {
                dataStart++;
            }

            if (dataStart < pdf.Length && pdf[dataStart] == '\n')
            {
                dataStart++;
            }

            var end = pdf[dataStart..].IndexOf("endstream"u8);
            var dataEnd = end < 0 ? pdf.Length : dataStart + end;
            result.Add(new StreamRange(Math.Max(objectStart, 0), dataStart, dataEnd));
            position = dataEnd + 9;
        }

        return result;
    }

    private static byte[]? Inflate(ReadOnlySpan<byte> data, long limit)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                if (output.Length + read > limit)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private static bool IsDelimiterOrSpace(byte b) =>
        b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%'
            or 0 or 9 or 10 or 12 or 13 or 32;
}
