using Kenes.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Kenes.Web.Features.Account;

/// <summary>
/// <c>Security:RequireTwoFactorForAdministrators</c> (ADR 0010): true unless configured otherwise; demo
/// mode (appsettings.Development.json) turns it off so the published demo administrator still signs in
/// with the password alone.
/// </summary>
public sealed class TwoFactorSettings(IConfiguration configuration, UserManager<KenesUser> users)
{
    public const string Key = "Security:RequireTwoFactorForAdministrators";

    public bool RequiredForAdministrators => configuration.GetValue(Key, defaultValue: true);

    /// <summary>An administrator who has not yet turned two-step verification on, while it is required.</summary>
    public async Task<bool> MustEnrollAsync(KenesUser user) =>
        RequiredForAdministrators && !user.TwoFactorEnabled && await users.IsInRoleAsync(user, Roles.Administrator);
}

/// <summary>Authenticator codes as people type them: "123 456" or "123-456" is "123456".</summary>
public static class TwoFactorCode
{
    public static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
