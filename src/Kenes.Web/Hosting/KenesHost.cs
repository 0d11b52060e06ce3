using Kenes.Infrastructure.Configuration;

namespace Kenes.Web.Hosting;

/// <summary>
/// Builds and runs the app. A wrong setting ends the process with one clear line naming the setting
/// and exit code 1, never a stack trace.
/// </summary>
public static class KenesHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var builder = WebApplication.CreateBuilder(args);
            builder.AddKenesServices();
            var app = builder.Build();
            app.UseKenesPipeline();
            await app.RunAsync();
            return 0;
        }
        catch (KenesConfigurationException ex)
        {
            await Console.Error.WriteLineAsync($"Kenes cannot start: {ex.Message}");
            return 1;
        }
    }
}
