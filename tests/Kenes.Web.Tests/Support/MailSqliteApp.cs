using System.Globalization;

namespace Kenes.Web.Tests.Support;

/// <summary>The app on SQLite, sending mail through an SMTP server on 127.0.0.1 at <c>smtpPort</c> (polling fast).</summary>
public sealed class MailSqliteApp(int smtpPort) : KenesAppFactory
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "kenes-tests", $"{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={path}";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Mail:From"] = "kenes@energo.gov.kz",
        ["Mail:PollInterval"] = "00:00:00.200",
    };

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return base.InitializeAsync();
    }
}
