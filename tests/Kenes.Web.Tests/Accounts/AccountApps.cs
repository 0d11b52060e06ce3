using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests.Accounts;

/// <summary>Small limits (a window of an hour, so none resets during a test) to prove 429 + Retry-After.</summary>
public static class AccountSettings
{
    public static IDictionary<string, string?> SmallLimits => new Dictionary<string, string?>
    {
        ["RateLimits:SignIn:PermitLimit"] = "6",
        ["RateLimits:SignIn:WindowSeconds"] = "3600",
        ["RateLimits:SignInPerEmail:PermitLimit"] = "3",
        ["RateLimits:SignInPerEmail:WindowSeconds"] = "3600",
        ["RateLimits:Submission:PermitLimit"] = "2",
        ["RateLimits:Submission:WindowSeconds"] = "3600",
    };

    /// <summary>Production's setting: administrators must use two-step verification (ADR 0010).</summary>
    public static IDictionary<string, string?> TwoFactorRequired => new Dictionary<string, string?>
    {
        ["Security:RequireTwoFactorForAdministrators"] = "true",
    };
}

public sealed class SmallLimitsSqliteApp : SqliteApp
{
    protected override IDictionary<string, string?> ExtraSettings => AccountSettings.SmallLimits;
}

public sealed class SmallLimitsPostgresApp : PostgresApp
{
    protected override IDictionary<string, string?> ExtraSettings => AccountSettings.SmallLimits;
}

public sealed class TwoFactorSqliteApp : SqliteApp
{
    protected override IDictionary<string, string?> ExtraSettings => AccountSettings.TwoFactorRequired;
}

public sealed class TwoFactorPostgresApp : PostgresApp
{
    protected override IDictionary<string, string?> ExtraSettings => AccountSettings.TwoFactorRequired;
}
