using Kenes.Infrastructure.Storage;

namespace Kenes.Backup;

/// <summary>
/// Backs up a Kenes instance (database and documents) into a folder, and restores such a folder into an empty
/// instance. The folder holds database.sqlite or database.dump, documents/ laid out as the store lays them out,
/// and SHA256SUMS covering every file.
/// </summary>
public static class BackupTool
{
    private const string DocumentsFolder = "documents";

    /// <remarks>
    /// Online, while Kenes runs. Documents are copied before and again after the database snapshot: a file is stored
    /// before its row commits, so a row in the snapshot has its file in one of the two passes. Files are immutable
    /// under their keys, so the second pass copies only new ones. Unreferenced files that come along are harmless:
    /// the orphan sweep removes them from the restored instance.
    /// </remarks>
    public static async Task<BackupReport> BackupAsync(BackupOptions options, CancellationToken ct = default)
    {
        if (Directory.Exists(options.Folder) && Directory.EnumerateFileSystemEntries(options.Folder).Any())
        {
            throw new BackupException($"{options.Folder} is not empty: back up into a new folder.");
        }

        Directory.CreateDirectory(options.Folder);
        var copied = new Dictionary<string, (string Sha256, long Length)>(StringComparer.Ordinal);
        var storage = new FileSystemDocumentStorage(options.DocumentsRoot);
        await CopyDocumentsAsync(storage, options, copied, ct);
        var database = await DatabaseCopy.BackupAsync(options, ct);
        await CopyDocumentsAsync(storage, options, copied, ct);

        var databaseHash = await Manifest.HashAsync(database);
        await Manifest.WriteAsync(options.Folder,
            copied.Select(c => (c.Key, c.Value.Sha256)).Append((Path.GetFileName(database), databaseHash)));
        return new BackupReport(database, new FileInfo(database).Length, copied.Count, copied.Values.Sum(c => c.Length));
    }

    /// <summary>Checks every file of the backup against SHA256SUMS, then restores into an empty database and document folder.</summary>
    public static async Task<BackupReport> RestoreAsync(BackupOptions options, CancellationToken ct = default)
    {
        var manifest = await Manifest.ReadAsync(options.Folder);
        var databaseName = options.IsPostgres ? DatabaseCopy.PostgresFile : DatabaseCopy.SqliteFile;
        if (!manifest.ContainsKey(databaseName))
        {
            throw new BackupException($"the backup holds no {databaseName}: it was made from the other engine.");
        }

        foreach (var (name, sha256) in manifest)
        {
            var path = Path.Combine(options.Folder, name);
            if (!File.Exists(path) || await Manifest.HashAsync(path) != sha256)
            {
                throw new BackupException($"{name} is missing or damaged (SHA-256 differs from {Manifest.FileName}); nothing was restored.");
            }
        }

        if (Directory.Exists(options.DocumentsRoot) && Directory.EnumerateFileSystemEntries(options.DocumentsRoot).Any())
        {
            throw new BackupException($"{options.DocumentsRoot} is not empty: restore only into an empty instance.");
        }

        var databaseFile = Path.Combine(options.Folder, databaseName);
        await DatabaseCopy.RestoreAsync(options, databaseFile, ct);

        long bytes = 0;
        var documents = manifest.Keys.Where(n => n.StartsWith(DocumentsFolder + "/", StringComparison.Ordinal)).ToList();
        foreach (var name in documents)
        {
            var target = Path.Combine(options.DocumentsRoot, name[(DocumentsFolder.Length + 1)..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(options.Folder, name), target);
            bytes += new FileInfo(target).Length;
        }

        return new BackupReport(databaseFile, new FileInfo(databaseFile).Length, documents.Count, bytes);
    }

    private static async Task CopyDocumentsAsync(
        FileSystemDocumentStorage storage, BackupOptions options, Dictionary<string, (string Sha256, long Length)> copied, CancellationToken ct)
    {
        await foreach (var entry in storage.ListAsync(ct))
        {
            var name = $"{DocumentsFolder}/{entry.Name}";
            if (entry.Key is null || copied.ContainsKey(name))
            {
                continue; // A temporary file is an upload in progress, never part of a record.
            }

            var target = Path.Combine(options.Folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Copy(Path.Combine(options.DocumentsRoot, entry.Name), target);
            }
            catch (FileNotFoundException)
            {
                continue; // Deleted since listed (retention, sweep): its row is gone too.
            }

            copied[name] = (await Manifest.HashAsync(target), new FileInfo(target).Length);
        }
    }
}
