using System.Security.Claims;
using Kenes.Infrastructure.Identity;

namespace Kenes.Web.Features.Account;

/// <summary>
/// Who is asking, and which state body's data they may see. Staff see only their own state body;
/// administrators and observers see every one (DESIGN.md §4).
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string FullName => Principal.FindFirstValue(KenesClaimsPrincipalFactory.FullNameClaim) ?? "";

    public Guid? StateBodyId =>
        Guid.TryParse(Principal.FindFirstValue(KenesClaimsPrincipalFactory.StateBodyClaim), out var id) ? id : null;

    public bool IsNationwide => Roles.Nationwide.Any(Principal.IsInRole);

    public IEnumerable<string> RoleNames => Roles.All.Where(Principal.IsInRole);

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public bool CanSee(Guid stateBodyId) => IsNationwide || (StateBodyId is { } own && own == stateBodyId);

    /// <summary>Only the owning state body's officers and administrators change a council.</summary>
    public bool CanManage(Guid stateBodyId) =>
        IsInRole(Roles.Administrator) || (IsInRole(Roles.StateBodyOfficer) && StateBodyId == stateBodyId);
}
