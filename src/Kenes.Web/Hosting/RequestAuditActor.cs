using System.Security.Claims;
using Kenes.Infrastructure.Persistence.Auditing;

namespace Kenes.Web.Hosting;

/// <summary>The signed-in user of the current request, for the audit entries every save writes (ADR 0014).</summary>
public sealed class RequestAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public Guid? UserId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
