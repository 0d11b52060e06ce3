using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Features.Councils;

/// <summary>The councils a user may see: their own state body's, or all for nationwide roles.</summary>
public static class CouncilQueries
{
    public static IQueryable<Council> VisibleTo(this IQueryable<Council> councils, CurrentUser user)
    {
        if (user.IsNationwide)
        {
            return councils;
        }

        var own = user.StateBodyId;
        return own is null ? councils.Where(_ => false) : councils.Where(c => c.StateBodyId == own);
    }

    /// <summary>The council when the user may see it; <paramref name="tracking"/> false for pages that only read it.</summary>
    public static Task<Council?> FindVisibleAsync(this KenesDbContext db, Guid id, CurrentUser user, CancellationToken ct, bool tracking = true)
    {
        var councils = tracking ? db.Councils : db.Councils.AsNoTracking();
        return councils.Include(c => c.StateBody).VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
    }
}
