using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Documents.Pdf;
using Kenes.Infrastructure.Tests.Support;
using PdfSharp.Drawing;

namespace Kenes.Infrastructure.Tests.Documents;

public sealed class TextWrapperTests
{
    private static readonly XFont Font = PdfFonts.Regular(10);

    private static XGraphics Measure() => XGraphics.CreateMeasureContext(new XSize(600, 800), XGraphicsUnit.Point, XPageDirection.Downwards);

    [Fact]
    public void Wrap_KeepsEveryLineWithinWidthAndEveryWord_WhenTextIsLongKazakh()
    {
        using var gfx = Measure();
        var text = string.Join(' ', Enumerable.Repeat("Кәсіптік біліктілік жөніндегі салалық кеңестің құрамы", 12));

        var lines = TextWrapper.Wrap(gfx, text, Font, 150);

        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.True(gfx.MeasureString(l, Font).Width <= 150, $"too wide: {l}"));
        Assert.Equal(text, string.Join(' ', lines));
    }

    [Fact]
    public void Wrap_CutsWordBetweenLetters_WhenOneWordIsWiderThanTheColumn()
    {
        using var gfx = Measure();
        var word = "ӘҒҚҢӨҰҮҺІ" + new string('қ', 60);

        var lines = TextWrapper.Wrap(gfx, word + " соңы", Font, 80);

        Assert.True(lines.Count >= 3);
        Assert.All(lines, l => Assert.True(gfx.MeasureString(l, Font).Width <= 80, $"too wide: {l}"));
        Assert.Equal(word, string.Concat(lines.Take(lines.Count - 1)) + lines[^1].Split(' ')[0]);
        Assert.EndsWith("соңы", lines[^1]);
    }

    [Fact]
    public void Wrap_KeepsExplicitLineBreaksAndEmptyText_AsLines()
    {
        using var gfx = Measure();

        Assert.Equal(["бір", "", "екі"], TextWrapper.Wrap(gfx, "бір\r\n\nекі", Font, 200));
        Assert.Equal([""], TextWrapper.Wrap(gfx, null, Font, 200));
    }

    [Fact]
    public async Task Render_ProducesIdenticalText_WhenManyThreadsRenderAtOnce()
    {
        // The font resolver is registered once per process; concurrent first use must neither throw nor mix fonts.
        var data = SampleData.Composition(DocumentLanguage.Kk);
        var expected = PdfText.Flat(CompositionPdf.Render(data, DocumentLanguage.Kk));

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => CompositionPdf.Render(data, DocumentLanguage.Kk))));

        Assert.All(results, pdf => Assert.Equal(expected, PdfText.Flat(pdf)));
    }
}
