using System.Diagnostics;

namespace Kenes.Infrastructure.Tests.Support;

/// <summary>
/// Text of a PDF as an independent reader (poppler's pdftotext) sees it: if the fonts lacked Kazakh glyphs or the
/// ToUnicode map were wrong, these strings would not match, which a check inside PDFsharp could not reveal.
/// </summary>
internal static class PdfText
{
    public const string Tool = "/usr/bin/pdftotext";

    /// <summary>The text of each page, in order (pdftotext separates pages with form feeds).</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        var text = Extract(pdf);
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && string.IsNullOrWhiteSpace(pages[^1]))
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    /// <summary>Whole text with runs of whitespace collapsed to one space, so wrapped phrases can be matched.</summary>
    public static string Flat(byte[] pdf) => Collapse(Extract(pdf));

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Extract(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kenes-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(Tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            foreach (var argument in new[] { "-enc", "UTF-8", file, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(30_000))
            {
                process.Kill();
                throw new TimeoutException("pdftotext took more than 30 s");
            }

            Assert.True(process.ExitCode == 0, $"pdftotext failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
