using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>The lookup form posts here by GET; the receipt goes into the path of the status page.</summary>
public sealed class StatusLookupModel : PageModel
{
    public IActionResult OnGet(string? receipt) =>
        string.IsNullOrWhiteSpace(receipt)
            ? Redirect("/portal/applications")
            : Redirect($"/portal/applications/{Uri.EscapeDataString(receipt.Trim())}");
}
