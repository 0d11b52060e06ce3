using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Infrastructure.Jobs;

public static class JobServiceCollectionExtensions
{
    public static IServiceCollection AddKenesJobs(this IServiceCollection services)
    {
        services.AddSingleton<JobScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<JobScheduler>());
        return services;
    }

    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        services.AddSingleton<IScheduledJob, TJob>();
        return services;
    }
}
