using System.ComponentModel.DataAnnotations;
using Kenes.Infrastructure.Identity;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Account;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record Me(Guid Id, string Email, string FullName, IReadOnlyList<string> Roles, Guid? StateBodyId);

    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        // On success the bearer handler writes { tokenType, accessToken, expiresIn, refreshToken }.
        auth.MapPost("/login", async (LoginRequest request, SignInManager<KenesUser> signIn, IStringLocalizer<Texts> texts) =>
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

            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(request.Email!, request.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return Results.Empty;
            }

            var detail = result.IsLockedOut ? texts["login.locked"].Value : texts["login.failed"].Value;
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: detail,
                extensions: new Dictionary<string, object?> { ["code"] = result.IsLockedOut ? "auth.locked_out" : "auth.invalid_credentials" });
        })
        .AllowAnonymous()
        .WithSummary("Exchange e-mail and password for a bearer token");

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
