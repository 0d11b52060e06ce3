namespace Kenes.Infrastructure.Documents.Text;

/// <summary>Picks the Kazakh or Russian wording; every document string passes through here so a third language is one place to add.</summary>
internal static class Wording
{
    public static string Pick(DocumentLanguage language, string kk, string ru) => language switch
    {
        DocumentLanguage.Kk => kk,
        DocumentLanguage.Ru => ru,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unsupported document language."),
    };

    /// <summary>The page footer of multi-page documents.</summary>
    public static string PageOf(DocumentLanguage language, int page, int total) =>
        Pick(language, $"{page}-бет, барлығы {total}", $"Страница {page} из {total}");

    /// <summary>A value the author left blank becomes a line to fill in by hand, as on a paper form.</summary>
    public static string OrBlank(string? value, int underscores = 12) =>
        string.IsNullOrWhiteSpace(value) ? new string('_', underscores) : value.Trim();
}
