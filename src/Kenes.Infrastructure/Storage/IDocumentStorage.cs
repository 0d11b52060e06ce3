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

    /// <summary>
    /// Every stored document and every leftover temporary file (an upload cut off by a crash), for the orphan sweep
    /// and for backups. Entries appearing or vanishing while listing are tolerated.
    /// </summary>
    IAsyncEnumerable<StorageEntry> ListAsync(CancellationToken ct);

    /// <summary>Removes a leftover temporary file named by <see cref="ListAsync"/>; absent is not an error.</summary>
    /// <exception cref="DocumentStorageException">storage.invalid_key when the name is not a temporary file's.</exception>
    Task DeleteTemporaryAsync(string name, CancellationToken ct);
}

/// <summary>
/// A file in the store: a document under its <paramref name="Key"/>, or a temporary file (Key null) known only by its
/// <paramref name="Name"/>, the path relative to the root with '/' separators.
/// </summary>
public sealed record StorageEntry(string Name, string? Key, long Length, DateTimeOffset LastWriteUtc);

/// <summary>A stored document: its key, its size in bytes and its SHA-256 as lowercase hex (for integrity and de-duplication).</summary>
public sealed record StoredDocument(string Key, long Length, string Sha256);
