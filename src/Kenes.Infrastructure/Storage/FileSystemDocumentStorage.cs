using System.Security.Cryptography;

namespace Kenes.Infrastructure.Storage;

/// <summary>
/// Stores documents as files under one root: key "3f2a9c…" (32 hex digits of a random GUID) lives at
/// root/3f/2a/3f2a9c…, so no folder grows past 65,536 entries and no user input ever becomes part of a path.
/// </summary>
public sealed class FileSystemDocumentStorage : IDocumentStorage
{
    private const int BufferSize = 81920;
    private readonly string _root;

    public FileSystemDocumentStorage(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        _root = Path.GetFullPath(rootDirectory);
        Directory.CreateDirectory(_root);
    }

    public async Task<StoredDocument> SaveAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = Guid.NewGuid().ToString("N");
        var final = PathOf(key);
        var directory = Path.GetDirectoryName(final)!;
        // Same directory as the final file, so the rename below stays on one file system and is atomic.
        var temporary = Path.Combine(directory, $".{key}.{Guid.NewGuid():N}.tmp");

        var callerStreamFailed = false;
        try
        {
            Directory.CreateDirectory(directory);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                var buffer = new byte[BufferSize];
                while (true)
                {
                    int read;
                    try
                    {
                        read = await content.ReadAsync(buffer, ct).ConfigureAwait(false);
                    }
                    catch
                    {
                        callerStreamFailed = true;
                        throw;
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
                    length += read;
                }

                await file.FlushAsync(ct).ConfigureAwait(false);
                // Data on the disk before the name appears: after a crash a key is either complete or absent.
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, final, overwrite: false);
            return new StoredDocument(key, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch (Exception error)
        {
            TryDelete(temporary);
            // A failing upload stream (the client went away) is the caller's error and keeps its own type.
            if (!callerStreamFailed && error is IOException or UnauthorizedAccessException)
            {
                throw DocumentStorageException.FromIo(error);
            }

            throw;
        }
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = ValidatedPath(key);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentStorageException(DocumentStorageException.NotFound, $"No document is stored under key '{key}'.", error);
        }
        catch (IOException error)
        {
            throw DocumentStorageException.FromIo(error);
        }
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        var path = ValidatedPath(key);
        try
        {
            File.Delete(path); // No error when absent: deleting twice is harmless.
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw DocumentStorageException.FromIo(error);
        }

        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct) =>
        Task.FromResult(IsValidKey(key) && File.Exists(PathOf(key)));

    public async IAsyncEnumerable<StorageEntry> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        foreach (var path in Directory.EnumerateFiles(_root, "*", options))
        {
            ct.ThrowIfCancellationRequested();
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                continue; // Deleted or renamed since the directory was read.
            }

            var name = Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
            var key = IsValidKey(info.Name) && PathOf(info.Name) == path ? info.Name : null;
            if (key is not null || IsTemporaryName(name))
            {
                yield return new StorageEntry(name, key, info.Length, info.LastWriteTimeUtc);
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task DeleteTemporaryAsync(string name, CancellationToken ct)
    {
        if (!IsTemporaryName(name))
        {
            throw new DocumentStorageException(DocumentStorageException.InvalidKey, "Not a temporary file of the document store.");
        }

        TryDelete(Path.Combine(_root, name));
        return Task.CompletedTask;
    }

    /// <summary>"3f/2a/.3f2a….{guid}.tmp", as <see cref="SaveAsync"/> names its temporary files; nothing else.</summary>
    private static bool IsTemporaryName(string name)
    {
        var parts = name.Split('/');
        if (parts.Length != 3 || parts[2].Length != 1 + 32 + 1 + 32 + 4 || !parts[2].StartsWith('.') || !parts[2].EndsWith(".tmp", StringComparison.Ordinal))
        {
            return false;
        }

        var key = parts[2][1..33];
        return IsValidKey(key) && IsValidKey(parts[2][34..66]) && parts[0] == key[..2] && parts[1] == key[2..4];
    }

    /// <summary>True only for keys this storage issues: exactly 32 lowercase hex digits, nothing else.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: 32 } && key.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private string ValidatedPath(string key)
    {
        if (!IsValidKey(key))
        {
            throw new DocumentStorageException(DocumentStorageException.InvalidKey, "The document key is malformed.");
        }

        return PathOf(key);
    }

    private string PathOf(string key) => Path.Combine(_root, key[..2], key[2..4], key);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover ".tmp" never sits under a real key, so it is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
