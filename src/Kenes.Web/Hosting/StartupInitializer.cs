using Kenes.Infrastructure.Configuration;
using Kenes.Infrastructure.Demo;
using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kenes.Web.Hosting;

/// <summary>
/// Migrates the database (both engines), seeds demo data in demo mode, and refuses to run production
/// with demo credentials. Runs in StartingAsync, before the server accepts requests.
/// </summary>
public sealed class StartupInitializer(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    : IHostedLifecycleService
{
    public const string DemoKey = "Demo:Enabled";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var demo = configuration.GetValue<bool>(DemoKey);
        if (demo && environment.IsProduction())
        {
            throw new KenesConfigurationException(
                "Demo__Enabled is true in the Production environment. Demo mode seeds accounts with a published password and is never allowed in production.");
        }

        try
        {
            await DatabaseInitializer.InitializeAsync(services, demo, cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or SqliteException or Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException
            or InvalidOperationException { InnerException: NpgsqlException })
        {
            var settings = services.GetRequiredService<DatabaseSettings>();
            // A server that answered with an error is not the same trouble as one that cannot be reached.
            var what = ex.GetBaseException() is PostgresException or SqliteException ? "refused the start-up migration" : "does not answer";
            throw new KenesConfigurationException(
                $"the database configured by Database__Provider={settings.Provider} and ConnectionStrings__Kenes {what}: {ex.GetBaseException().Message}", ex);
        }

        if (environment.IsProduction())
        {
            await RefuseDemoCredentialsAsync();
        }
    }

    private async Task RefuseDemoCredentialsAsync()
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KenesUser>>();
        foreach (var account in DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is not null && await users.CheckPasswordAsync(user, DemoAccounts.Password))
            {
                throw new KenesConfigurationException(
                    $"the demo account {account.Email} still signs in with the published demo password. Remove the demo accounts or change their passwords before running in Production.");
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
