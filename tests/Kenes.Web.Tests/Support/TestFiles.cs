using System.Text;

namespace Kenes.Web.Tests.Support;

/// <summary>Small real files for upload tests.</summary>
public static class TestFiles
{
    public static byte[] Pdf(string text = "work record") => Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] PdfWithJavaScript() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A Windows executable's header, named as if it were a PDF.</summary>
    public static byte[] DisguisedExecutable() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public static byte[] Png() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];
}
