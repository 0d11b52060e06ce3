using System.Globalization;

namespace Kenes.Web.Localization;

/// <summary>Kazakh is the default; Russian and English follow (DESIGN.md §4).</summary>
public static class Cultures
{
    public const string Kazakh = "kk";
    public const string Russian = "ru";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Kazakh, Russian, English];

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        Russian => Russian,
        English => English,
        _ => Kazakh,
    };

    /// <summary>Picks the text for the current language, falling back to Kazakh when it is empty.</summary>
    public static string Pick(string kk, string ru, string en)
    {
        var text = Current switch { Russian => ru, English => en, _ => kk };
        return string.IsNullOrWhiteSpace(text) ? kk : text;
    }
}
