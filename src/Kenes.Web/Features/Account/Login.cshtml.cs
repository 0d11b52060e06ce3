using System.ComponentModel.DataAnnotations;
using Kenes.Infrastructure.Identity;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Account;

public sealed class LoginModel(SignInManager<KenesUser> signIn, IStringLocalizer<Texts> texts) : PageModel
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

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/workspace");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? texts["login.locked"] : texts["login.failed"]);
        return Page();
    }
}
