using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Kenes.Infrastructure.Time;

/// <summary>
/// The one place that reads the machine clock (DESIGN.md §3): everything else asks IClock, so tests can
/// replace it with a fake.
/// </summary>
public static class ClockServiceCollectionExtensions
{
    public static readonly DateTimeZone Almaty = DateTimeZoneProviders.Tzdb["Asia/Almaty"];

    public static IServiceCollection AddKenesClock(this IServiceCollection services)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }

    /// <summary>Today's date in Asia/Almaty, read once at the edge (request or job).</summary>
    public static LocalDate TodayInAlmaty(this IClock clock) => clock.GetCurrentInstant().InZone(Almaty).Date;
}
