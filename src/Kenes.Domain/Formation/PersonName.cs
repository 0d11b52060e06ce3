using System.Text;

namespace Kenes.Domain.Formation;

/// <summary>
/// What a surname, first name or patronymic may contain. Interpretation: names are written as in an
/// identity document — letters of the Kazakh and Russian Cyrillic alphabets, the basic Latin
/// alphabet and the letters of the 2021 Kazakh Latin alphabet (Ä Ğ Ñ Ö Ş Ū Ü İ ı Ç), joined by
/// spaces, hyphens ("Мұхамед-Әли") and apostrophes ("O'Brien", ASCII or typographic). Digits,
/// punctuation, markup and invisible characters are refused: the name is printed on the Annex 1 PDF
/// and the approval order.
/// </summary>
internal static class PersonName
{
    private const string KazakhCyrillic = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
    private const string KazakhLatin = "ÄäĞğÑñÖöŞşŪūÜüİıÇç";
    private const string Joiners = " -'\u2019";

    /// <summary>
    /// True when <paramref name="name"/> (already trimmed) holds only allowed characters and at least
    /// one letter. The check runs on the NFC form so "й" typed as "и" + combining breve passes.
    /// </summary>
    public static bool IsValid(string name)
    {
        var composed = name.IsNormalized(NormalizationForm.FormC) ? name : name.Normalize(NormalizationForm.FormC);
        return composed.Any(IsLetter) && composed.All(c => IsLetter(c) || Joiners.Contains(c));
    }

    private static bool IsLetter(char c) =>
        char.IsAsciiLetter(c)
        || c is >= 'А' and <= 'я' or 'Ё' or 'ё'
        || KazakhCyrillic.Contains(c)
        || KazakhLatin.Contains(c);
}
