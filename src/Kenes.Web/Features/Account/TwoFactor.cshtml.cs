using System.ComponentModel.DataAnnotations;
using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Account;

/// <summary>
/// Two-step verification with an authenticator app (RFC 6238 TOTP, Identity's authenticator token
/// provider): the page shows the secret and its otpauth:// link, a correct code turns it on. Optional
/// for staff, required for administrators while <see cref="TwoFactorSettings.RequiredForAdministrators"/> (ADR 0010).
/// </summary>
[Authorize]
public sealed class TwoFactorModel(
    UserManager<KenesUser> users, SignInManager<KenesUser> signIn, TwoFactorSettings settings, KenesDbContext db, IClock clock,
    IStringLocalizer<Texts> texts) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(20, ErrorMessage = "validation.too_long")]
    [Display(Name = "login.code")]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    /// <summary>Administrators may not turn it off while it is required.</summary>
    public bool CanDisable { get; private set; }

    public bool Required { get; private set; }

    public string Key { get; private set; } = "";

    public string Uri { get; private set; } = "";

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Done = done is "enabled" or "disabled" ? done : null;
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCode.Normalize(Code));
            if (valid)
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                await AuditAsync(user, "account.two_factor_on");
                // A new cookie with the two-factor claim: the administrator's gate opens at once.
                await signIn.RefreshSignInAsync(user);
                return RedirectToPage(new { done = "enabled" });
            }

            ModelState.AddModelError(nameof(Code), texts["login.code_invalid", texts["login.code"]]);
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        ModelState.Clear();
        if (await users.IsInRoleAsync(user, Roles.Administrator) && settings.RequiredForAdministrators)
        {
            ModelState.AddModelError("", texts["twofactor.admin_keeps"]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // A new secret next time, so a phone that held the old one cannot be used again.
        await users.ResetAuthenticatorKeyAsync(user);
        await AuditAsync(user, "account.two_factor_off");
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { done = "disabled" });
    }

    private async Task LoadAsync(KenesUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = settings.RequiredForAdministrators && await users.IsInRoleAsync(user, Roles.Administrator);
        CanDisable = Enabled && !Required;
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        Key = key;
        Uri = AuthenticatorUri.For(user.Email ?? user.UserName ?? "", key);
    }

    private async Task AuditAsync(KenesUser user, string action)
    {
        db.AuditEntries.Add(new AuditEntry { At = clock.GetCurrentInstant(), UserId = user.Id, Action = action, Subject = user.Email ?? "" });
        await db.SaveChangesAsync();
    }
}

/// <summary>The otpauth:// link authenticator apps read (Key Uri Format): issuer Kenes, SHA-1, 6 digits, 30 seconds.</summary>
public static class AuthenticatorUri
{
    public static string For(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString("Kenes:" + email)}?secret={key}&issuer=Kenes&digits=6&period=30";

    /// <summary>The key in groups of four, easier to type by hand.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4)))));
}
