using System.ComponentModel.DataAnnotations;
using Kenes.Infrastructure.Identity;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Kenes.Web.Hosting;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Account;

[EnableRateLimiting(RateLimits.SignInPolicy)]
public sealed class LoginModel(SignInManager<KenesUser> signIn, SignInThrottle throttle, IStringLocalizer<Texts> texts) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "validation.required")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [StringLength(254, ErrorMessage = "validation.too_long")]
        [Display(Name = "login.email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "validation.required")]
        [StringLength(200, ErrorMessage = "validation.too_long")]
        [Display(Name = "login.password")]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (throttle.Acquire(Input.Email) is { } wait)
        {
            // The form again with the message, as a 429 with Retry-After like every other refusal of this kind.
            var seconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError("Input.Email", texts["rate_limit.email", seconds, texts["login.email"]]);
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/workspace";
        if (result.Succeeded)
        {
            return LocalRedirect(next);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl = next });
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? texts["login.locked"] : texts["login.failed"]);
        return Page();
    }
}
