using Kenes.Web.Features;
using Kenes.Web.Features.Account;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace Kenes.Web.Hosting;

public static class KenesPipeline
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static void UseKenesPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestLoggingMiddleware>();
        // Before the error branches, so a re-executed error page keeps the language of the request.
        app.UseRequestLocalization();

        // API errors are problem JSON; page errors are localized pages. No stack trace in either.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/Error/500");
            pages.UseStatusCodePagesWithReExecute("/Error/{0}");
        });

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseKenesRateLimits();
        app.UseTwoFactorGate();
        app.UseDataChanges();
        app.UseStaffChangesEvictPublicCache();
        app.UseOutputCache();
        app.UseCompressedPublicAnswers();
        // After the cache: a cached answer never touches the database.
        app.UseSqliteRequestConnection();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health");
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", options => options.WithTitle("Kenes API").DisableDefaultFonts());
        app.MapRazorPages();
        app.MapKenesApi();
    }
}
