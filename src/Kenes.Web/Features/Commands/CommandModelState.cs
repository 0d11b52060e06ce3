using Kenes.Web.Features.Formation;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Commands;

/// <summary>
/// The one adapter from a <see cref="CommandResult"/> to a page's <see cref="ModelStateDictionary"/>:
/// each violation's localized message under its field (prefixed with the form's name), and refusals
/// that are not about one field (state, conflict) under the form as a whole.
/// </summary>
public static class CommandModelState
{
    /// <param name="fieldKey">Maps a violation's field name to the page's model key; null puts it on the form as a whole.</param>
    public static void AddResult(this ModelStateDictionary modelState, IStringLocalizer<Texts> texts, CommandResult result, Func<string, string?>? fieldKey = null)
    {
        if (result.Ok)
        {
            return;
        }

        if (result.Violations.Count == 0)
        {
            var text = texts[$"command.{result.Status}"];
            modelState.AddModelError(string.Empty, text.ResourceNotFound ? result.Status.ToString() : text.Value);
            return;
        }

        foreach (var violation in result.Violations)
        {
            var key = result.Status == CommandStatus.Invalid ? fieldKey?.Invoke(violation.Field) ?? string.Empty : string.Empty;
            modelState.AddModelError(key, texts.Message(violation));
        }
    }
}
