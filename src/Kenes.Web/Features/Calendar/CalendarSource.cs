using Kenes.Domain.Calendar;
using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Calendar;

/// <summary>
/// The working-day calendar in force: the shipped data file plus the administrators' additions from
/// the database. Built once and shared; rebuilt at once on this node when an addition is stored, and
/// at most <see cref="MaxAge"/> later on the other nodes.
/// </summary>
public sealed class CalendarSource(IServiceScopeFactory scopes, IClock clock)
{
    public static readonly Duration MaxAge = Duration.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private WorkingDayCalendar? current;
    private Instant loadedAt;

    public async ValueTask<WorkingDayCalendar> GetAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        if (current is { } fresh && now - loadedAt < MaxAge)
        {
            return fresh;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (current is null || now - loadedAt >= MaxAge)
            {
                current = await LoadAsync(ct);
                loadedAt = now;
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forget the cached calendar; the next request rebuilds it.</summary>
    public void Invalidate() => current = null;

    private async Task<WorkingDayCalendar> LoadAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var additions = await db.CalendarAdditions.AsNoTracking().OrderBy(a => a.CreatedAt).ToListAsync(ct);
        return WorkingDayCalendar.Load(additions.Select(a => a.ToEntry()));
    }
}
