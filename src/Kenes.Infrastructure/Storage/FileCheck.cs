namespace Kenes.Infrastructure.Storage;

/// <summary>The verdict on an uploaded file: its type when <paramref name="Ok"/>, otherwise one of <see cref="FileCheckCodes"/>.</summary>
public sealed record FileCheck(bool Ok, DocumentFileType? Type, string? ErrorCode)
{
    public static FileCheck Accepted(DocumentFileType type) => new(true, type, null);

    public static FileCheck Rejected(string code) => new(false, null, code);
}

/// <summary>Stable error codes of <see cref="FileInspector"/>; the web layer maps each to a localized message.</summary>
public static class FileCheckCodes
{
    public const string Empty = "file.empty";
    public const string TooLarge = "file.too_large";
    public const string TypeNotAllowed = "file.type_not_allowed";
    public const string ExtensionMismatch = "file.extension_mismatch";
    public const string NameNotAllowed = "file.name_not_allowed";
    public const string PdfActiveContent = "file.pdf_active_content";
    public const string DocxInvalid = "file.docx_invalid";
    public const string DocxBomb = "file.docx_bomb";
    public const string DocxMacro = "file.docx_macro";
}
