using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Localization;

/// <summary>
/// UI texts live in three flat JSON files (key → text), one per language, embedded in the assembly.
/// Translators edit one file per language; a test checks that every key exists in all three.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer localizer = new(LoadAll());

    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;

    public static IReadOnlyDictionary<string, FrozenDictionary<string, string>> LoadAll() =>
        Cultures.All.ToDictionary(c => c, Load);

    /// <summary>
    /// Every embedded Localization/*.{culture}.json (and the main {culture}.json) merged: a feature
    /// keeps its texts in its own file. A key defined twice is a build mistake and fails loudly.
    /// </summary>
    private static FrozenDictionary<string, string> Load(string culture)
    {
        var assembly = typeof(JsonStringLocalizerFactory).Assembly;
        var prefix = $"{assembly.GetName().Name}.Localization.";
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal)
                && (n == $"{prefix}{culture}.json" || n.EndsWith($".{culture}.json", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException($"No text resources for '{culture}' in the build.");
        }

        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"The text resource {name} is empty.");
            foreach (var (key, value) in texts)
            {
                if (!merged.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"The text key '{key}' is defined twice ({name}).");
                }
            }
        }

        return merged.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

public sealed class JsonStringLocalizer(IReadOnlyDictionary<string, FrozenDictionary<string, string>> texts) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            if (texts[Cultures.Current].TryGetValue(name, out var value) || texts[Cultures.Kazakh].TryGetValue(name, out value))
            {
                return new LocalizedString(name, value);
            }

            return new LocalizedString(name, name, resourceNotFound: true);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(System.Globalization.CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        texts[Cultures.Current].Select(p => new LocalizedString(p.Key, p.Value));
}
