using System.ComponentModel.DataAnnotations;
using Kenes.Infrastructure.Identity;
using Kenes.Web.Hosting;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Account;

/// <summary>
/// The second step of a page sign-in for an account with two-step verification on: the password was
/// right (Identity keeps that in its short-lived two-factor cookie), now the authenticator code.
/// </summary>
[EnableRateLimiting(RateLimits.SignInPolicy)]
public sealed class LoginTwoFactorModel(SignInManager<KenesUser> signIn, IStringLocalizer<Texts> texts) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(20, ErrorMessage = "validation.too_long")]
    [Display(Name = "login.code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCode.Normalize(Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/workspace");
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? texts["login.locked"] : texts["login.code_invalid", texts["login.code"]]);
        return Page();
    }
}
