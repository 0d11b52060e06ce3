namespace Kenes.Infrastructure.Storage;

/// <summary>
/// Decides whether an uploaded R9 document may be stored. The content decides the type (magic bytes), never the
/// name or the browser's Content-Type, both of which the uploader controls; the name must then agree with it.
/// </summary>
/// <remarks>
/// Order of checks: empty, too large, type by content, agreement with the extension, then the type's own checks
/// (active content in PDFs; structure, bombs and macros in DOCX). A content none of the four types is
/// <c>file.extension_mismatch</c> when its name claims an allowed type (an .exe or .html renamed .pdf) and
/// <c>file.type_not_allowed</c> otherwise; allowed content under another name (a PDF named .png, or .exe) is
/// <c>file.extension_mismatch</c>; a zip that is not a Word document is <c>file.docx_invalid</c> when named .docx
/// and <c>file.type_not_allowed</c> otherwise.
/// </remarks>
public static class FileInspector
{
    private static readonly Dictionary<string, DocumentFileType> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = DocumentFileType.Pdf,
        [".jpg"] = DocumentFileType.Jpeg,
        [".jpeg"] = DocumentFileType.Jpeg,
        [".png"] = DocumentFileType.Png,
        [".docx"] = DocumentFileType.Docx,
    };

    public static FileCheck Inspect(byte[] content, string declaredFileName, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Inspect(content.AsSpan(), declaredFileName, maxBytes);
    }

    public static FileCheck Inspect(ReadOnlySpan<byte> content, string declaredFileName, long maxBytes)
    {
        if (content.Length == 0)
        {
            return FileCheck.Rejected(FileCheckCodes.Empty);
        }

        if (content.Length > maxBytes)
        {
            return FileCheck.Rejected(FileCheckCodes.TooLarge);
        }

        if (!NameAllowed(declaredFileName))
        {
            return FileCheck.Rejected(FileCheckCodes.NameNotAllowed);
        }

        var declared = DeclaredType(declaredFileName);
        var detected = DetectByContent(content);
        if (detected is null)
        {
            return FileCheck.Rejected(declared is null ? FileCheckCodes.TypeNotAllowed : FileCheckCodes.ExtensionMismatch);
        }

        if (detected == DocumentFileType.Docx)
        {
            // Zip magic only says "zip": the package check tells a Word document from any other archive.
            var problem = DocxPackageInspector.Check(content.ToArray());
            if (declared != DocumentFileType.Docx)
            {
                return FileCheck.Rejected(problem == FileCheckCodes.DocxInvalid ? FileCheckCodes.TypeNotAllowed : FileCheckCodes.ExtensionMismatch);
            }

            return problem is null ? FileCheck.Accepted(DocumentFileType.Docx) : FileCheck.Rejected(problem);
        }

        if (declared != detected)
        {
            return FileCheck.Rejected(FileCheckCodes.ExtensionMismatch);
        }

        if (detected == DocumentFileType.Pdf && PdfActiveContentScanner.HasActiveContent(content))
        {
            return FileCheck.Rejected(FileCheckCodes.PdfActiveContent);
        }

        return FileCheck.Accepted(detected.Value);
    }

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> + 1 bytes, so an oversized upload is refused without being
    /// buffered whole, then inspects them. Leaves the stream where reading stopped.
    /// </summary>
    public static async Task<FileCheck> InspectAsync(Stream content, string declaredFileName, long maxBytes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (IsKnownTooLarge(content, maxBytes))
        {
            return FileCheck.Rejected(FileCheckCodes.TooLarge);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (!Append(buffer, chunk, read, maxBytes))
            {
                return FileCheck.Rejected(FileCheckCodes.TooLarge);
            }
        }

        return Inspect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), declaredFileName, maxBytes);
    }

    /// <inheritdoc cref="InspectAsync"/>
    public static FileCheck Inspect(Stream content, string declaredFileName, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (IsKnownTooLarge(content, maxBytes))
        {
            return FileCheck.Rejected(FileCheckCodes.TooLarge);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            if (!Append(buffer, chunk, read, maxBytes))
            {
                return FileCheck.Rejected(FileCheckCodes.TooLarge);
            }
        }

        return Inspect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), declaredFileName, maxBytes);
    }

    private static bool IsKnownTooLarge(Stream content, long maxBytes) =>
        content.CanSeek && content.Length - content.Position > maxBytes;

    private static bool Append(MemoryStream buffer, byte[] chunk, int count, long maxBytes)
    {
        if (buffer.Length + count > maxBytes)
        {
            return false;
        }

        buffer.Write(chunk, 0, count);
        return true;
    }

    /// <summary>The type the content is, by its signature; null for anything else.</summary>
    public static DocumentFileType? DetectByContent(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return DocumentFileType.Pdf;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return DocumentFileType.Jpeg;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return DocumentFileType.Png;
        }

        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return DocumentFileType.Docx;
        }

        return null;
    }

    private static DocumentFileType? DeclaredType(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty);
        return Extensions.TryGetValue(extension, out var type) ? type : null;
    }

    /// <summary>
    /// A plain file name: no folder part or ".." (the stored key is random anyway, but a name that tries
    /// to climb folders is a hostile upload and is refused, issue #7), no control or bidirectional-override
    /// characters (which disguise an extension), at most 255 characters.
    /// </summary>
    public static bool NameAllowed(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 255
        && name.IndexOfAny(['/', '\\', ':']) < 0 && !name.Contains("..", StringComparison.Ordinal)
        && !name.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
}
