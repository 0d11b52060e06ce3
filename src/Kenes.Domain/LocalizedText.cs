namespace Kenes.Domain;

/// <summary>A text in the three languages of the system: Kazakh (default), Russian and English.</summary>
public sealed record LocalizedText(string Kk, string Ru, string En)
{
    /// <summary>The text for a two-letter language code ("kk", "ru", "en"); Kazakh otherwise.</summary>
    public string In(string language) => language switch
    {
        "ru" => Ru,
        "en" => En,
        _ => Kk,
    };

    internal bool IsComplete =>
        !string.IsNullOrWhiteSpace(Kk) && !string.IsNullOrWhiteSpace(Ru) && !string.IsNullOrWhiteSpace(En);

    public override string ToString() => Kk;
}
