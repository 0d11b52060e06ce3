using Kenes.Infrastructure.Documents.Pdf;
using Kenes.Infrastructure.Documents.Text;
using static Kenes.Infrastructure.Documents.Text.Wording;

namespace Kenes.Infrastructure.Documents;

/// <summary>
/// The application (form F, Annex 1 to the Rules, R8–R9) as a printable PDF, laid out like the official form:
/// addressee and applicant at the top right, the request with its fill-in blanks, the R9 attachments, date and
/// signature. The Kazakh wording is the official text of Annex 1; the Russian wording is the official Russian form.
/// </summary>
public static class ApplicationFormPdf
{
    public static byte[] Render(ApplicationFormData data, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var l = language;
        var small = PdfFonts.Regular(8);
        var body = PdfFonts.Regular(12);

        using var flow = new PdfFlow(Pick(l, "Өтініш", "Заявление"), l);
        var blockX = flow.Left + (flow.Width * 0.5);
        var blockWidth = flow.Right - blockX;

        flow.Paragraph(Pick(l,
            "Кәсіптік біліктілік жөніндегі салалық кеңестерді құру қағидаларына 1-қосымша",
            "Приложение 1 к Правилам создания отраслевых советов по профессиональным квалификациям"), PdfFonts.Regular(9), TextAlign.Right, blockX, blockWidth);
        flow.Paragraph(Pick(l, "нысан", "форма"), PdfFonts.Regular(9), TextAlign.Right, blockX, blockWidth);
        flow.Gap(18);

        flow.FillIn(data.StateBodyName, Pick(l, "(мемлекеттік орган атауы)", "(наименование государственного органа)"), body, small, blockX, blockWidth);
        flow.Gap(6);
        flow.FillIn(Pick(l, "", "от ") + FullName(data), Pick(l, "(тегі, аты, әкесінің аты (бар болса))", "(фамилия, имя, отчество (при его наличии))"), body, small, blockX, blockWidth);
        flow.Gap(24);

        flow.Paragraph(Pick(l, "Өтініш", "Заявление"), PdfFonts.Bold(14), TextAlign.Center);
        flow.Gap(12);
        Request(flow, data, l, body, small);
        flow.Gap(10);
        Attachments(flow, data, l, body);
        flow.Gap(30);
        DateAndSignature(flow, data, l, body, small);

        return flow.Save((page, total) =>
            Pick(l, "Өтініштің тіркеу нөмірі: ", "Регистрационный номер заявления: ") + data.ReceiptNumber
            + (total > 1 ? $"   {page}/{total}" : string.Empty));
    }

    private static string FullName(ApplicationFormData data) =>
        string.Join(' ', new[] { data.Surname, data.FirstName, data.Patronymic }
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .Select(part => part!.Trim()));

    // The form offers "representative of ___ / independent expert (choose one)"; the PDF prints only the choice made.
    private static void Request(PdfFlow flow, ApplicationFormData data, DocumentLanguage l, PdfSharp.Drawing.XFont body, PdfSharp.Drawing.XFont small)
    {
        var directionCaption = Pick(l, "(салалық бағыттың атауы)", "(наименование отраслевого направления)");
        var organizationCaption = Pick(l, "(ұйымның/органның атауы)", "(наименование организации/органа)");
        if (l == DocumentLanguage.Kk)
        {
            flow.Paragraph("Мені", body);
            flow.FillIn(data.DirectionName, directionCaption, body, small);
            if (data.IndependentExpert)
            {
                flow.Paragraph("салалық кеңестің құрамына тәуелсіз сарапшы ретінде қосуды сұраймын.", body);
                return;
            }

            flow.Paragraph("салалық кеңестің құрамына", body);
            flow.FillIn(OrBlank(data.OrganizationName, 40), organizationCaption, body, small);
            flow.Paragraph("өкілі ретінде қосуды сұраймын.", body);
            return;
        }

        flow.Paragraph("Прошу включить меня в состав отраслевого совета по", body);
        flow.FillIn(data.DirectionName, directionCaption, body, small);
        if (data.IndependentExpert)
        {
            flow.Paragraph("в качестве независимого эксперта.", body);
            return;
        }

        flow.Paragraph("в качестве представителя", body);
        flow.FillIn(OrBlank(data.OrganizationName, 40), organizationCaption, body, small);
    }

    private static void Attachments(PdfFlow flow, ApplicationFormData data, DocumentLanguage l, PdfSharp.Drawing.XFont body)
    {
        flow.Paragraph(Pick(l,
            "Мен мына құжаттарды қоса беремін (Кәсіптік біліктілік жөніндегі салалық кеңестерді құру қағидаларының 9-тармағына сәйкес):",
            "Прилагаю следующие документы (согласно пункту 9 Правил создания отраслевых советов по профессиональным квалификациям):"), body);
        flow.Gap(4);

        // A paper application may list nothing yet: print the form's three empty numbered lines to write on.
        var items = data.AttachedDocuments.Count > 0 ? data.AttachedDocuments : [OrBlank(null, 40), OrBlank(null, 40), OrBlank(null, 40)];
        flow.NumberedList(items, body);
    }

    private static void DateAndSignature(PdfFlow flow, ApplicationFormData data, DocumentLanguage l, PdfSharp.Drawing.XFont body, PdfSharp.Drawing.XFont small)
    {
        flow.EnsureSpace(PdfFlow.LineHeight(body) * 3);
        var top = flow.Y;
        flow.DrawLine(DocumentDates.FormDate(data.SubmittedOn, l), body, TextAlign.Left, flow.Left, flow.Width / 2, top);

        var signatureX = flow.Right - 150;
        flow.Rule(signatureX, 150, top + PdfFlow.LineHeight(body));
        flow.DrawLine(Pick(l, "Қолы", "(подпись)"), small, TextAlign.Center, signatureX, 150, top + PdfFlow.LineHeight(body) + 1);
        flow.Y = top + (PdfFlow.LineHeight(body) * 2);
    }
}
