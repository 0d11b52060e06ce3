using System.Diagnostics;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Hosting;

/// <summary>RFC 7807 problem details for every API error, with a title in the caller's language.</summary>
public static class ProblemDetailsServices
{
    public static IServiceCollection AddKenesProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var texts = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
            var title = texts[$"problem.{problem.Status}"];
            if (!title.ResourceNotFound && (problem.Title is null || IsDefaultTitle(problem)))
            {
                problem.Title = title.Value;
            }

            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            // Never describe an exception to the caller; the log has it under the trace id.
            if (problem.Status >= 500)
            {
                problem.Detail = texts["problem.500.detail"].Value;
            }
        });
        return services;
    }

    // The framework fills English reason phrases; those are replaced by ours, explicit titles are kept.
    private static bool IsDefaultTitle(Microsoft.AspNetCore.Mvc.ProblemDetails problem) =>
        problem.Title == ReasonPhrase(problem.Status) || problem.Title is "An error occurred while processing your request." or "One or more validation errors occurred.";

    private static string? ReasonPhrase(int? status) =>
        status is { } code ? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code) : null;
}
