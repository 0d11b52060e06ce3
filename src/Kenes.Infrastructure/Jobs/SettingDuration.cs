using Microsoft.Extensions.Configuration;
using NodaTime;

namespace Kenes.Infrastructure.Jobs;

/// <summary>A period read from configuration ("00:30:00", "365.00:00:00"), or the default when absent or negative.</summary>
public static class SettingDuration
{
    public static Duration Read(IConfiguration configuration, string key, Duration fallback) =>
        configuration.GetValue<TimeSpan?>(key) is { } configured && configured >= TimeSpan.Zero
            ? Duration.FromTimeSpan(configured)
            : fallback;
}
