using System.Globalization;
using NodaTime;

namespace Kenes.Web.Localization;

/// <summary>
/// How pages, mails and CSV show a date to a reader: dd.MM.yyyy in Kazakh and Russian (the form
/// Kazakh official correspondence uses), ISO yyyy-MM-dd in English. Form inputs and the API keep ISO.
/// </summary>
public static class Dates
{
    public static string Show(LocalDate date, string culture) =>
        culture == Cultures.English
            ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("dd.MM.uuuu", CultureInfo.InvariantCulture);

    /// <summary>The date in the current request's language.</summary>
    public static string Show(LocalDate date) => Show(date, Cultures.Current);

    public static string Show(LocalDate? date) => date is { } d ? Show(d) : "";
}
