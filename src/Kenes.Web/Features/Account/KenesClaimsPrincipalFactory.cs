using System.Security.Claims;
using Kenes.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kenes.Web.Features.Account;

/// <summary>Puts the user's state body and full name into the cookie and the bearer token.</summary>
public sealed class KenesClaimsPrincipalFactory(
    UserManager<KenesUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<KenesUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string StateBodyClaim = "kenes:state_body";
    public const string FullNameClaim = "kenes:full_name";

    /// <summary>Present when the user has two-step verification on (read by <see cref="TwoFactorGate"/>).</summary>
    public const string TwoFactorClaim = "kenes:two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KenesUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorClaim, "on"));
        }

        if (user.StateBodyId is { } stateBody)
        {
            identity.AddClaim(new Claim(StateBodyClaim, stateBody.ToString()));
        }

        return identity;
    }
}
