using Kenes.Domain.Formation;
using Kenes.Web.Features.Formation;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Commands;

/// <summary>
/// The one adapter from a <see cref="CommandResult"/> to RFC 7807 problem details: a localized title
/// and detail, and the extensions other systems rely on — <c>norm</c>, <c>code</c>, <c>field</c> of the
/// first violation, <c>errors</c> (field → messages) and <c>violations</c> (each with norm, code, field
/// and message).
/// </summary>
public static class CommandProblems
{
    public static int StatusCode(CommandStatus status) => status switch
    {
        CommandStatus.Ok => StatusCodes.Status200OK,
        CommandStatus.NotFound => StatusCodes.Status404NotFound,
        CommandStatus.Forbidden => StatusCodes.Status403Forbidden,
        CommandStatus.Conflict or CommandStatus.OutOfOrder => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static IResult Problem(this IStringLocalizer<Texts> texts, CommandResult result)
    {
        var status = StatusCode(result.Status);
        if (result.Violations.Count == 0)
        {
            return Results.Problem(statusCode: status);
        }

        var messages = result.Violations.Select(v => (Violation: v, Text: texts.Message(v))).ToList();
        var first = result.Violations[0];
        var title = texts[$"command.{result.Status}"];
        return Results.Problem(
            statusCode: status,
            title: title.ResourceNotFound ? null : title.Value,
            detail: string.Join(" ", messages.Select(m => m.Text)),
            extensions: new Dictionary<string, object?>
            {
                ["norm"] = first.Norm.Id,
                ["code"] = first.Code,
                ["field"] = first.Field,
                ["errors"] = messages.GroupBy(m => m.Violation.Field).ToDictionary(g => g.Key, g => g.Select(m => m.Text).ToArray()),
                ["violations"] = messages.Select(m => new ViolationProblem(m.Violation.Norm.Id, m.Violation.Code, m.Violation.Field, m.Text)).ToList(),
            });
    }

    /// <summary>One violation as the API reports it.</summary>
    public sealed record ViolationProblem(string Norm, string Code, string Field, string Message);
}
