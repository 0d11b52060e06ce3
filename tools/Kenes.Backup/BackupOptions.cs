namespace Kenes.Backup;

/// <summary>
/// Which instance to back up or restore into: the same three settings Kenes itself reads
/// (Database:Provider, ConnectionStrings:Kenes, Storage:Root), plus the backup folder.
/// </summary>
public sealed record BackupOptions(string Provider, string ConnectionString, string DocumentsRoot, string Folder)
{
    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);
}

/// <summary>What a backup or restore did, for the command's output and for tests.</summary>
public sealed record BackupReport(string DatabaseFile, long DatabaseBytes, int Documents, long DocumentBytes);

/// <summary>A refusal or a failed check: the command prints the message and exits with 1.</summary>
public sealed class BackupException(string message) : Exception(message);
