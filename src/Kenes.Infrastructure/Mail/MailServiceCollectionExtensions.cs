using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kenes.Infrastructure.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The outbox sender, bound to the "Mail" section; without Mail__Host mail stays queued.</summary>
    public static IServiceCollection AddKenesMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}
