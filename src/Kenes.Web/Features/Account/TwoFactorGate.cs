using Kenes.Infrastructure.Identity;
using Kenes.Web.Hosting;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Account;

/// <summary>
/// ADR 0010: while <see cref="TwoFactorSettings.RequiredForAdministrators"/> is on, a signed-in
/// administrator without two-step verification can do nothing but enroll (or sign out): pages redirect
/// to the enrollment page, the API answers 403. The claim is written at sign-in by
/// <see cref="KenesClaimsPrincipalFactory"/>, so no database read is needed per request.
/// </summary>
public sealed class TwoFactorGate(RequestDelegate next)
{
    public const string EnrollPath = "/Account/TwoFactor";

    private static readonly string[] Open = [EnrollPath, "/Account/Logout", "/Account/Login", "/Error", "/culture", "/health"];

    public async Task InvokeAsync(HttpContext http, IConfiguration configuration)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true
            || !user.IsInRole(Roles.Administrator)
            || user.HasClaim(c => c.Type == KenesClaimsPrincipalFactory.TwoFactorClaim)
            || !configuration.GetValue(TwoFactorSettings.Key, defaultValue: true)
            || Open.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(http);
            return;
        }

        if (KenesPipeline.IsApi(http))
        {
            var texts = http.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden,
                    Detail = texts["login.enrollment_required"].Value,
                    Extensions = { ["code"] = "auth.two_factor_enrollment_required" },
                },
            });
            return;
        }

        http.Response.Redirect(EnrollPath);
    }
}

public static class TwoFactorGateExtensions
{
    public static void UseTwoFactorGate(this WebApplication app) => app.UseMiddleware<TwoFactorGate>();
}
