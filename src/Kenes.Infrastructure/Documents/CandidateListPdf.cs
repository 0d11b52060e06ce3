using Kenes.Infrastructure.Documents.Pdf;
using Kenes.Infrastructure.Documents.Text;
using PdfSharp;
using static Kenes.Infrastructure.Documents.Text.Wording;

namespace Kenes.Infrastructure.Documents;

/// <summary>
/// The R10 list of candidates as a printable PDF: every screened application, admitted or not, with the HR decision
/// and its reason. Landscape, because nine columns do not fit a portrait page legibly.
/// </summary>
public static class CandidateListPdf
{
    private static readonly double[] Weights = [4, 17, 17, 14, 8, 10, 9, 11, 17];

    public static byte[] Render(CandidateListData data, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var l = language;
        using var flow = new PdfFlow(CandidateListText.Title(l), l, PageOrientation.Landscape);

        flow.Paragraph(data.StateBodyName, PdfFonts.Regular(10), TextAlign.Center);
        flow.Gap(6);
        flow.Paragraph(CandidateListText.Title(l), PdfFonts.Bold(13), TextAlign.Center);
        flow.Paragraph(CandidateListText.Direction(l, data.DirectionName), PdfFonts.Bold(11), TextAlign.Center);
        flow.Gap(6);
        flow.Paragraph(CandidateListText.Deadlines(l, data), PdfFonts.Regular(9));
        flow.Paragraph(CandidateListText.Generated(l, data), PdfFonts.Regular(9));
        flow.Gap(8);

        var columns = CandidateListText.Columns(l)
            .Select((header, i) => new PdfColumn(header, Weights[i], i is 0 or 5 ? TextAlign.Center : TextAlign.Left))
            .ToList();
        new PdfTable(columns, PdfFonts.Bold(8), PdfFonts.Regular(8))
            .Draw(flow, data.Rows.Select(r => CandidateListText.Cells(l, r)));

        flow.Gap(8);
        flow.Paragraph(CandidateListText.Totals(l, data), PdfFonts.Regular(9));
        flow.Gap(24);
        flow.Paragraph(Pick(l,
            "Персоналды басқару қызметінің (кадр қызметінің) өкілі ____________________  (қолы, Т.А.Ә.)",
            "Представитель службы управления персоналом (кадровой службы) ____________________  (подпись, Ф.И.О.)"), PdfFonts.Regular(9));

        return flow.Save((page, total) => PageOf(l, page, total));
    }
}
