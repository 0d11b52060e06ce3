using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Kenes.Infrastructure.Documents.Pdf;

/// <summary>Where text starts on its line inside the content width.</summary>
internal enum TextAlign
{
    Left,
    Center,
    Right,
}

/// <summary>
/// A top-to-bottom writer over A4 pages: it keeps the vertical cursor, starts a new page when content would cross
/// the bottom margin, and stamps the footer (page numbers need the final page count) when saved. Documents compose
/// it; they never touch PdfSharp pages directly, which keeps the three PDFs consistent.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    // Margins follow the usual Kazakh office layout (left 30 mm for binding, others 15-20 mm).
    private static readonly double Mm = XUnit.FromMillimeter(1).Point;

    private readonly PdfDocument _document = new();
    private readonly PageOrientation _orientation;
    private XGraphics? _graphics;

    public PdfFlow(string title, DocumentLanguage language, PageOrientation orientation = PageOrientation.Portrait)
    {
        PdfFonts.EnsureConfigured();
        _orientation = orientation;
        _document.Info.Title = title;
        _document.Info.Creator = "Kenes";
        // The catalog /Lang lets screen readers pick Kazakh or Russian pronunciation.
        _document.Language = language == DocumentLanguage.Kk ? "kk-KZ" : "ru-RU";
        NewPage();
    }

    public double Left { get; } = 30 * Mm;

    public double Top { get; } = 20 * Mm;

    public double Right => PageWidth - (15 * Mm);

    public double Bottom => PageHeight - (22 * Mm);

    public double Width => Right - Left;

    public double Y { get; set; }

    public int PageCount => _document.PageCount;

    public XGraphics Graphics => _graphics ?? throw new ObjectDisposedException(nameof(PdfFlow));

    private double PageWidth => _orientation == PageOrientation.Portrait ? XUnit.FromMillimeter(210).Point : XUnit.FromMillimeter(297).Point;

    private double PageHeight => _orientation == PageOrientation.Portrait ? XUnit.FromMillimeter(297).Point : XUnit.FromMillimeter(210).Point;

    public static double LineHeight(XFont font) => font.GetHeight();

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = _orientation;
        _graphics = XGraphics.FromPdfPage(page);
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits above the bottom margin.</summary>
    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    public void Gap(double height) => Y += height;

    /// <summary>
    /// Draws wrapped text in the column [<paramref name="x"/>, x + <paramref name="width"/>] (the whole content width
    /// by default), moving to a new page between lines when needed. Returns the lines drawn.
    /// </summary>
    public int Paragraph(string text, XFont font, TextAlign align = TextAlign.Left, double? x = null, double? width = null)
    {
        var left = x ?? Left;
        var columnWidth = width ?? (Right - left);
        var lineHeight = LineHeight(font);
        var lines = TextWrapper.Wrap(Graphics, text, font, columnWidth);
        foreach (var line in lines)
        {
            EnsureSpace(lineHeight);
            DrawLine(line, font, align, left, columnWidth, Y);
            Y += lineHeight;
        }

        return lines.Count;
    }

    /// <summary>Draws one already-wrapped line with its top at <paramref name="top"/>.</summary>
    public void DrawLine(string line, XFont font, TextAlign align, double x, double width, double top)
    {
        var format = align switch
        {
            TextAlign.Center => XStringFormats.TopCenter,
            TextAlign.Right => XStringFormats.TopRight,
            _ => XStringFormats.TopLeft,
        };
        Graphics.DrawString(line, font, XBrushes.Black, new XRect(x, top, width, LineHeight(font)), format);
    }

    /// <summary>A thin horizontal rule, used for the form's fill-in lines and captions.</summary>
    public void Rule(double x, double width, double y) =>
        Graphics.DrawLine(new XPen(XColors.Black, 0.5), x, y, x + width, y);

    /// <summary>
    /// A filled-in blank of a paper form: the value on an underlined line with the form's caption in small type
    /// beneath it, so the printout reads like the official form completed by hand.
    /// </summary>
    public void FillIn(string value, string caption, XFont valueFont, XFont captionFont, double? x = null, double? width = null)
    {
        var left = x ?? Left;
        var columnWidth = width ?? (Right - left);
        EnsureSpace(LineHeight(valueFont) + LineHeight(captionFont) + 2);
        Paragraph(value, valueFont, TextAlign.Center, left, columnWidth);
        Rule(left, columnWidth, Y);
        Y += 1;
        Paragraph(caption, captionFont, TextAlign.Center, left, columnWidth);
    }

    /// <summary>
    /// A numbered list with a hanging indent sized to the widest number, so wrapped lines align with the text and
    /// "10." never touches its text.
    /// </summary>
    public void NumberedList(IReadOnlyList<string> items, XFont font)
    {
        var indent = Graphics.MeasureString(items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".  ", font).Width;
        for (var i = 0; i < items.Count; i++)
        {
            EnsureSpace(LineHeight(font));
            DrawLine((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", font, TextAlign.Left, Left, indent, Y);
            Paragraph(items[i], font, TextAlign.Left, Left + indent, Width - indent);
        }
    }

    /// <summary>Stamps the footer on every page, now that the page count is known, and returns the PDF bytes.</summary>
    public byte[] Save(Func<int, int, string> footer)
    {
        _graphics?.Dispose();
        _graphics = null;

        var font = PdfFonts.Regular(7.5);
        var total = _document.PageCount;
        for (var i = 0; i < total; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = footer(i + 1, total);
            var top = Bottom + (8 * Mm);
            gfx.DrawString(text, font, XBrushes.DimGray, new XRect(Left, top, Width, LineHeight(font)), XStringFormats.TopCenter);
        }

        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }
}
