using Kenes.Web.Localization;

namespace Kenes.Web.Tests;

public sealed class LocalizationTests
{
    [Fact]
    public void EveryText_ExistsInKazakhRussianAndEnglish_AndIsNotEmpty()
    {
        var all = JsonStringLocalizerFactory.LoadAll();
        var keys = all.Values.SelectMany(d => d.Keys).ToHashSet();
        foreach (var (culture, texts) in all)
        {
            var missing = keys.Where(k => !texts.ContainsKey(k) || string.IsNullOrWhiteSpace(texts[k])).ToList();
            Assert.True(missing.Count == 0, $"{culture} lacks: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void KazakhTexts_UseKazakhLetters()
    {
        var kk = JsonStringLocalizerFactory.LoadAll()["kk"];
        Assert.Contains(kk.Values, v => v.IndexOfAny(['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) >= 0);
        Assert.Equal("Бет табылмады", kk["error.404.title"]);
    }
}
