using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Kenes.Infrastructure.Documents.Docx;

/// <summary>
/// Small factories for WordprocessingML. Everything is a real paragraph, run or table so officers can edit the draft
/// in Word or LibreOffice; sizes are in twentieths of a point (twips) and half-points, as the format counts them.
/// </summary>
internal static class WordBuilder
{
    // A4 with the usual Kazakh office margins: 30 mm left (binding), 15 mm right, 20 mm top and bottom.
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int MarginLeft = 1701;
    public const int MarginRight = 850;
    public const int ContentWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Times New Roman 14 is the customary face and size of Kazakh state bodies' orders.</summary>
    public static void AddStyles(MainDocumentPart main, DocumentLanguage language)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        var culture = language == DocumentLanguage.Kk ? "kk-KZ" : "ru-RU";
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "28" },
                    new Languages { Val = culture })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
    }

    public static Paragraph Para(string text, JustificationValues? align = null, bool bold = false, int? fontHalfPoints = null, int spaceAfter = 0, int firstLineIndent = 0, int leftIndent = 0)
    {
        // The schema fixes the order of paragraph properties: spacing, then indentation, then justification.
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = spaceAfter.ToString() });
        if (leftIndent > 0 || firstLineIndent > 0)
        {
            properties.Append(new Indentation { Left = leftIndent.ToString(), FirstLine = firstLineIndent.ToString() });
        }

        properties.Append(new Justification { Val = align ?? JustificationValues.Both });
        return new Paragraph(properties, TextRun(text, bold, fontHalfPoints));
    }

    /// <summary>Left text and right text on one line, the right one pushed to the margin by a right tab stop.</summary>
    public static Paragraph LeftRight(string left, string right, bool bold = false, int spaceAfter = 0)
    {
        var properties = new ParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = ContentWidth }),
            new SpacingBetweenLines { After = spaceAfter.ToString() });
        return new Paragraph(properties, TextRun(left, bold), new Run(new TabChar()), TextRun(right, bold));
    }

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    public static Run TextRun(string text, bool bold = false, int? fontHalfPoints = null)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (fontHalfPoints is { } size)
        {
            properties.Append(new FontSize { Val = size.ToString() });
        }

        return new Run(properties, new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A bordered table at full width whose first row repeats at the top of every page.</summary>
    public static Table Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int> weights, int fontHalfPoints)
    {
        var total = weights.Sum();
        var widths = weights.Select(w => ContentWidth * w / total).ToArray();

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = ContentWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

        table.Append(Row(headers, widths, fontHalfPoints, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, fontHalfPoints, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, int fontHalfPoints, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : string.Empty;
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa }),
                Para(text, header ? JustificationValues.Center : JustificationValues.Left, bold: header, fontHalfPoints: fontHalfPoints)));
        }

        return row;
    }

    public static SectionProperties A4Section() => new(
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = 1134, Bottom = 1134, Left = MarginLeft, Right = MarginRight, Header = 709, Footer = 709, Gutter = 0 });
}
