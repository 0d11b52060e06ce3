namespace Kenes.Backup;

// kenes-backup backup  --out DIR  [--provider Sqlite|Postgres] [--connection CS] [--documents DIR]
// kenes-backup restore --from DIR [--provider Sqlite|Postgres] [--connection CS] [--documents DIR]
// Unset options come from the environment Kenes reads: Database__Provider, ConnectionStrings__Kenes, Storage__Root.
public static class BackupCommand
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("backup" or "restore"))
        {
            Console.Error.WriteLine("usage: kenes-backup backup --out DIR | restore --from DIR [--provider P] [--connection CS] [--documents DIR]");
            return 2;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        string Setting(string option, string variable, string? fallback = null) =>
            options.GetValueOrDefault(option) ?? Environment.GetEnvironmentVariable(variable) ?? fallback
            ?? throw new BackupException($"{option} or {variable} is required");

        try
        {
            var folder = args[0] == "backup" ? Setting("--out", "KENES_BACKUP_DIR") : Setting("--from", "KENES_BACKUP_DIR");
            var settings = new BackupOptions(
                Setting("--provider", "Database__Provider", "Sqlite"),
                Setting("--connection", "ConnectionStrings__Kenes"),
                Setting("--documents", "Storage__Root"),
                Path.GetFullPath(folder));
            var report = args[0] == "backup" ? await BackupTool.BackupAsync(settings) : await BackupTool.RestoreAsync(settings);
            Console.WriteLine($"{args[0]}: database {report.DatabaseFile} ({report.DatabaseBytes} bytes), {report.Documents} documents ({report.DocumentBytes} bytes)");
            return 0;
        }
        catch (BackupException error)
        {
            Console.Error.WriteLine($"kenes-backup: {error.Message}");
            return 1;
        }
    }
}
