namespace Kenes.Infrastructure.Storage;

/// <summary>
/// Where uploaded documents live. Keys are issued by the storage, never chosen by callers or derived from file names,
/// so an uploader cannot address or overwrite another file. Callers keep the original name and type in the database.
/// </summary>
public interface IDocumentStorage
{
    /// <summary>Stores the whole stream under a new key; on failure nothing is left under any key.</summary>
    /// <exception cref="DocumentStorageException">storage.full or storage.failed.</exception>
    Task<StoredDocument> SaveAsync(Stream content, CancellationToken ct);

    /// <exception cref="DocumentStorageException">storage.invalid_key or storage.not_found.</exception>
    Task<Stream> OpenReadAsync(string key, CancellationToken ct);

    /// <summary>Removes the document; deleting a key that is not there is not an error.</summary>
    /// <exception cref="DocumentStorageException">storage.invalid_key or storage.failed.</exception>
    Task DeleteAsync(string key, CancellationToken ct);

    /// <summary>False for a malformed key too: such a key can never have been issued.</summary>
    Task<bool> ExistsAsync(string key, CancellationToken ct);
}

/// <summary>A stored document: its key, its size in bytes and its SHA-256 as lowercase hex (for integrity and de-duplication).</summary>
public sealed record StoredDocument(string Key, long Length, string Sha256);
