using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Kenes.Infrastructure.Documents;

namespace Kenes.Infrastructure.Tests.Support;

/// <summary>Real files of each kind, made on the spot: valid ones, disguised ones and hostile ones.</summary>
internal static class SampleFiles
{
    /// <summary>A minimal but well-formed PDF 1.4 with one empty page and whatever extra objects a test adds.</summary>
    public static byte[] Pdf(string catalogExtra = "", params string[] extraObjects)
    {
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        objects.AddRange(extraObjects);
        return BuildPdf(objects.Select(o => Encoding.ASCII.GetBytes(o)).ToList());
    }

    /// <summary>A PDF 1.5 whose catalog's /OpenAction points into a compressed object stream that holds a script.</summary>
    public static byte[] PdfWithScriptInObjectStream()
    {
        var hidden = "<< /S /JavaScript /JS (app.alert\\(1\\)) >>";
        var header = "5 0 ";
        var content = Encoding.ASCII.GetBytes(header + hidden);
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(content);
        }

        var data = compressed.ToArray();
        var objStm = Encoding.ASCII.GetBytes($"<< /Type /ObjStm /N 1 /First {header.Length} /Filter /FlateDecode /Length {data.Length} >>\nstream\n")
            .Concat(data).Concat("\nendstream"u8.ToArray()).ToArray();
        var objects = new List<byte[]>
        {
            "<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>"u8.ToArray(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"u8.ToArray(),
            objStm,
        };
        return BuildPdf(objects, "%PDF-1.5");
    }

    private static byte[] BuildPdf(List<byte[]> objects, string version = "%PDF-1.4")
    {
        using var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write(version + "\n%\u00e2\u00e3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }

        var xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:0000000000} 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>A real Word document (the approval order this project generates).</summary>
    public static byte[] Docx() => ApprovalOrderDocx.Render(SampleData.Composition(DocumentLanguage.Kk), DocumentLanguage.Kk);

    /// <summary>The real Word document with extra entries added to its package.</summary>
    public static byte[] DocxWith(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Docx());
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A JPEG or PNG rasterised by poppler from one of our PDFs: real image files, not just magic bytes.</summary>
    public static byte[] Image(string format)
    {
        var dir = Directory.CreateTempSubdirectory("kenes-img-");
        try
        {
            var pdf = Path.Combine(dir.FullName, "in.pdf");
            File.WriteAllBytes(pdf, CompositionPdf.Render(SampleData.Composition(DocumentLanguage.Kk), DocumentLanguage.Kk));
            var start = new ProcessStartInfo("/usr/bin/pdftoppm") { RedirectStandardError = true };
            foreach (var a in new[] { "-" + format, "-r", "10", "-singlefile", pdf, Path.Combine(dir.FullName, "out") })
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit(30_000);
            Assert.Equal(0, process.ExitCode);
            return File.ReadAllBytes(Directory.GetFiles(dir.FullName, "out.*").Single());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The first bytes of a Windows executable (DOS header), enough for any signature check.</summary>
    public static byte[] WindowsExecutable() => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, .. new byte[64]];

    public static byte[] Html() => "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"u8.ToArray();
}
