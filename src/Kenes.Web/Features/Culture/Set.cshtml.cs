using Kenes.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kenes.Web.Features.Culture;

/// <summary>
/// The language switch: remembers the choice for a year in a cookie. It carries no antiforgery token: it is in the layout of cached public pages,
/// where a token would be someone else's, and all it changes is the language cookie (ADR 0009).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class SetModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (culture is not null && Cultures.All.Contains(culture))
        {
            Response.Cookies.Append(
                LocalizationServices.CultureCookie,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
