namespace Kenes.Infrastructure.Storage;

/// <summary>A storage failure with a stable <see cref="Code"/> the web layer maps to a message (507 for storage.full, 503 for storage.failed).</summary>
public sealed class DocumentStorageException : Exception
{
    public const string Full = "storage.full";
    public const string Failed = "storage.failed";
    public const string InvalidKey = "storage.invalid_key";
    public const string NotFound = "storage.not_found";

    public DocumentStorageException(string code, string message, Exception? inner = null)
        : base(message, inner) => Code = code;

    public string Code { get; }

    /// <summary>The applicant's file name, when the caller knows it, so the error can name the document.</summary>
    public string? DocumentName { get; init; }

    /// <summary>
    /// storage.full for "no space left on device" or "disk quota exceeded" (errno 28/122 on Unix, where .NET puts the
    /// errno in HResult; ERROR_DISK_FULL/ERROR_HANDLE_DISK_FULL on Windows), storage.failed for any other I/O error.
    /// </summary>
    public static DocumentStorageException FromIo(Exception error)
    {
        var full = error is IOException io && (io.HResult & 0xFFFF) is 28 or 122 or 0x70 or 0x27;
        return full
            ? new DocumentStorageException(Full, "The document store is out of space.", error)
            : new DocumentStorageException(Failed, "The document could not be stored.", error);
    }
}
