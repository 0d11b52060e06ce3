using System.ComponentModel.DataAnnotations;
using Kenes.Infrastructure.Identity;
using Kenes.Web.Hosting;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Account;

public static class AuthEndpoints
{
    /// <param name="Code">The authenticator (TOTP) code; required only for accounts with two-step verification on.</param>
    public sealed record LoginRequest(string? Email, string? Password, string? Code = null);

    public sealed record Me(Guid Id, string Email, string FullName, IReadOnlyList<string> Roles, Guid? StateBodyId);

    private static IResult Failed(IStringLocalizer<Texts> texts, SignInResult result) =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized,
            detail: result.IsLockedOut ? texts["login.locked"].Value : texts["login.failed"].Value,
            extensions: new Dictionary<string, object?> { ["code"] = result.IsLockedOut ? "auth.locked_out" : "auth.invalid_credentials" });

    private static IResult Refused(string code, string message, string field) =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: message, extensions: new Dictionary<string, object?>
        {
            ["code"] = code,
            ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
        });

    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        // On success the bearer handler writes { tokenType, accessToken, expiresIn, refreshToken }.
        auth.MapPost("/login", async (LoginRequest request, HttpContext http, SignInManager<KenesUser> signIn, SignInThrottle throttle,
            TwoFactorSettings twoFactor, IStringLocalizer<Texts> texts) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.Email) || !new EmailAddressAttribute().IsValid(request.Email))
            {
                errors["email"] = [texts["validation.email", texts["login.email"]].Value];
            }

            if (string.IsNullOrEmpty(request.Password))
            {
                errors["password"] = [texts["validation.required", texts["login.password"]].Value];
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: texts["problem.400"].Value);
            }

            if (throttle.Acquire(request.Email!) is { } wait)
            {
                await RateLimits.RejectAsync(http, wait, "rate_limit.email", texts["login.email"].Value);
                return Results.Empty;
            }

            // An administrator without two-step verification gets no token while it is required (ADR 0010);
            // the password is checked first so the answer tells nothing about the account to a guesser.
            if (await signIn.UserManager.FindByEmailAsync(request.Email!) is { } user && await twoFactor.MustEnrollAsync(user))
            {
                var checkedPassword = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
                return checkedPassword.Succeeded
                    ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: texts["login.enrollment_required"].Value,
                        extensions: new Dictionary<string, object?> { ["code"] = "auth.two_factor_enrollment_required" })
                    : Failed(texts, checkedPassword);
            }

            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(request.Email!, request.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.RequiresTwoFactor)
            {
                if (string.IsNullOrWhiteSpace(request.Code))
                {
                    return Refused("auth.two_factor_required", texts["login.code_required", texts["login.code"]].Value, "code");
                }

                result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCode.Normalize(request.Code), isPersistent: false, rememberClient: false);
                if (!result.Succeeded && !result.IsLockedOut)
                {
                    return Refused("auth.invalid_two_factor_code", texts["login.code_invalid", texts["login.code"]].Value, "code");
                }
            }

            if (result.Succeeded)
            {
                return Results.Empty;
            }

            return Failed(texts, result);
        })
        .AllowAnonymous()
        .RequireRateLimiting(RateLimits.SignInPolicy)
        .WithSummary("Exchange e-mail and password (and, when two-step verification is on, the authenticator code) for a bearer token");

        api.MapGet("/me", async (CurrentUser current, UserManager<KenesUser> users) =>
        {
            var user = await users.FindByIdAsync(current.Id.ToString()!);
            return user is null
                ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized)
                : Results.Ok(new Me(user.Id, user.Email!, user.FullName, current.RoleNames.ToList(), user.StateBodyId));
        })
        .RequireAuthorization(Policies.Api)
        .WithTags("Auth")
        .WithSummary("The signed-in user");
    }
}
