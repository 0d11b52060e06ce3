using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kenes.Web.Features.Errors;

/// <summary>Localized error pages for 400, 403, 404, 405, 429, 500, 503 and 507; never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    private static readonly int[] Known = [400, 403, 404, 405, 429, 500, 503, 507];

    public int Code { get; private set; }

    public string TitleKey => $"error.{Code}.title";

    public string TextKey => $"error.{Code}.text";

    /// <summary>For 429: the seconds the rate limiter put in Retry-After, shown in the text.</summary>
    public string RetryAfter => Response.Headers.RetryAfter.ToString() is { Length: > 0 } s ? s : "60";

    /// <summary>What the text names: the document that was not stored (507), else the seconds to wait.</summary>
    public string TextArgument => Fault?.Document ?? RetryAfter;

    /// <summary>A dependency fault (database away, document store full) behind the exception being shown.</summary>
    private Hosting.DependencyFaults.Fault? Fault { get; set; }

    public void OnGet(int? code) => Resolve(code);

    // A failed POST is re-executed as a POST, so the error page answers it too.
    public void OnPost(int? code) => Resolve(code);

    private void Resolve(int? code)
    {
        // Only a real server status maps to the 500 page; a made-up code such as /Error/99999 is a page that does not exist.
        Code = code is { } c && Known.Contains(c) ? c : (code is >= 500 and < 600 ? 500 : 404);
        Fault = Hosting.DependencyFaults.Classify(HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Error);
        if (Fault is not null)
        {
            // The exception handler re-executes /Error/500; the status (503/507) was set by DependencyFaults.
            Code = Fault.Status;
        }

        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is null)
        {
            // Reached directly as /Error/404: answer with that status.
            Response.StatusCode = Code;
        }
    }
}
