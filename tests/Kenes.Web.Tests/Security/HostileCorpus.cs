using System.IO.Compression;
using System.Text;

namespace Kenes.Web.Tests.Security;

/// <summary>The malformed and malicious inputs of issue #7 (4), as data: each case names what it tries.</summary>
public static class HostileCorpus
{
    public const string Script = "<script>alert(1)</script>";
    public const string ImgOnError = "\"><img src=x onerror=alert(1)>";

    /// <summary>Text every field must refuse, whatever else the field allows.</summary>
    private static readonly (string Name, string Value)[] Common =
    [
        ("whitespace", "   \t  "),
        ("over-long-10k", new string('Ә', 10_000)),
        ("nul", "Асан\0бек"),
        ("bell", "Асан\u0007бек"),
        ("escape", "Асан\u001B[31mбек"),
        ("zero-width-space", "Асан\u200Bбек"),
        ("zero-width-joiner", "Асан\u200Dбек"),
        ("bom-inside", "Асан\uFEFFбек"),
        ("rtl-override", "\u202Eкебнаса"),
        ("word-joiner", "Асан\u2060бек"),
        ("line-separator", "Асан\u2028бек"),
        ("private-use", "Асан\uE000бек"),
        ("script", Script),
        ("img-onerror", ImgOnError),
        ("mixed-script-markup", "Аsеl<b>"),
        ("svg-onload", "<svg/onload=alert(1)>"),
    ];

    /// <summary>Fragments that only text with a narrow alphabet (names, e-mail, phone) must refuse.</summary>
    private static readonly (string Name, string Value)[] Narrow =
    [
        ("sql-or", "' OR '1'='1"),
        ("sql-drop", "'; DROP TABLE \"Applications\";--"),
        ("sql-union", "x' UNION SELECT \"Email\" FROM \"AspNetUsers\"--"),
        ("path-traversal", "../../etc/passwd"),
        ("template", "{{7*7}}"),
        ("jndi", "${jndi:ldap://127.0.0.1/a}"),
        ("csv-formula", "=HYPERLINK(\"http://x\")"),
        ("emoji", "😀😀"),
        ("digits", "1234567"),
        ("newline", "Асан\nбек"),
        ("lone-surrogate", "Асан\uD800бек"),
        ("fullwidth-letters", "Ａｓａｎ<"),
    ];

    /// <summary>(field, case name, value) for the public application form; the empty valid form is the base.</summary>
    public static IEnumerable<(string Field, string Case, string Value)> FieldCases()
    {
        foreach (var field in new[] { "surname", "firstName", "patronymic" })
        {
            foreach (var (name, value) in Common.Concat(Narrow).Where(c => field != "patronymic" || c.Name != "whitespace"))
            {
                yield return (field, name, value);
            }

            yield return (field, "over-long-101", new string('ә', 101));
        }

        yield return ("surname", "empty", "");
        yield return ("firstName", "empty", "");

        foreach (var (name, value) in Common)
        {
            yield return ("organization", name, value);
        }

        yield return ("organization", "empty", "");
        yield return ("organization", "over-long-301", new string('қ', 301));

        foreach (var (name, value) in Common.Concat(Narrow).Where(c => c.Name is not "whitespace"))
        {
            yield return ("email", name, value);
            yield return ("phone", name, value);
        }

        foreach (var (name, value) in new[]
        {
            ("empty", ""), ("no-at", "asan.example.kz"), ("no-domain", "asan@"), ("no-local", "@example.kz"),
            ("header-injection", "asan@example.kz\r\nBcc: all@example.kz"), ("space", "asan bek@example.kz"),
            ("script-local", "<script>@example.kz"), ("over-long", new string('a', 250) + "@example.kz"),
            ("two-at", "a@b@example.kz"), ("sql-in-address", "a@example.kz' OR 1=1--"),
        })
        {
            yield return ("email", name, value);
        }

        foreach (var (name, value) in new[]
        {
            ("empty", ""), ("letters", "call me"), ("short", "+7 701"), ("foreign", "+1 202 555 0100"),
            ("too-long", "+7 701 123 45 678"), ("cyrillic-o", "+7 7О1 123 45 67"), ("fullwidth-digits", "８７０１１２３４５６７"),
            ("extension", "+7 701 123 45 67 ext 5"), ("thousand-digits", new string('7', 1000)),
        })
        {
            yield return ("phone", name, value);
        }
    }

    /// <summary>(case name, file name, content) for files the intake must refuse; each goes in as the work-experience document.</summary>
    public static IEnumerable<(string Case, string FileName, byte[] Content)> FileCases()
    {
        var pdf = Support.TestFiles.Pdf();
        foreach (var name in new[]
        {
            "../../etc/passwd.pdf", "..\\..\\windows\\win.ini.pdf", "/etc/shadow.pdf", "C:\\boot.ini.pdf",
            "%2e%2e%2fpasswd.pdf", "....//....//passwd.pdf", "passwd.pdf%00.exe", "document.pdf.exe", "document.exe",
            "document", ".htaccess", "document.pdf ", "doc\u202Efdp.exe", "<script>alert(1)</script>.exe",
            "document.html", "document.svg", "document.php", new string('a', 500) + ".exe",
        })
        {
            yield return ($"name {Printable(name)}", name, name.TrimEnd().EndsWith(".pdf", StringComparison.Ordinal) ? Support.TestFiles.DisguisedExecutable() : pdf);
        }

        yield return ("empty file", "empty.pdf", []);
        yield return ("exe as pdf", "cv.pdf", Support.TestFiles.DisguisedExecutable());
        yield return ("html as pdf", "cv.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"));
        yield return ("svg as png", "photo.png", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
        yield return ("pdf as png", "photo.png", pdf);
        yield return ("png as jpg", "photo.jpg", Support.TestFiles.Png());
        yield return ("png as docx", "cv.docx", Support.TestFiles.Png());
        yield return ("text as docx", "cv.docx", Encoding.UTF8.GetBytes("plain text"));
        yield return ("plain zip as docx", "cv.docx", Zip(("readme.txt", Encoding.UTF8.GetBytes("not a document"))));
        yield return ("truncated zip as docx", "cv.docx", Zip(("word/document.xml", new byte[10]))[..30]);
        yield return ("docx with macro", "cv.docx", Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<w:document/>"u8.ToArray()), ("word/vbaProject.bin", new byte[64])));
        yield return ("docx zip bomb", "cv.docx", DocxBomb());
        yield return ("docx with many entries", "cv.docx", ManyEntries());
        yield return ("pdf with /JavaScript", "cv.pdf", Support.TestFiles.PdfWithJavaScript());
        yield return ("pdf with /JS only", "cv.pdf", Pdf("<< /Type /Catalog /OpenAction << /JS (app.alert(1)) >> >>"));
        yield return ("pdf with escaped /J#61vaScript", "cv.pdf", Pdf("<< /Type /Catalog /OpenAction << /S /J#61vaScript /JS (x) >> >>"));
        yield return ("pdf with /Launch", "cv.pdf", Pdf("<< /Type /Catalog /OpenAction << /S /Launch /F (cmd.exe) >> >>"));
        yield return ("pdf with /EmbeddedFile", "cv.pdf", Pdf("<< /Type /EmbeddedFile /Length 3 >>"));
        yield return ("pdf with /AA JavaScript", "cv.pdf", Pdf("<< /Type /Page /AA << /O << /S /JavaScript /JS (x) >> >> >>"));
        yield return ("file over 10 MB", "big.pdf", [.. "%PDF-1.4\n"u8, .. new byte[(10 * 1024 * 1024) + 1]]);
    }

    /// <summary>A valid zip holding a Word-shaped package whose document part inflates to 200 MB of zeros.</summary>
    public static byte[] DocxBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types/>"u8.ToArray());
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                part.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] ManyEntries()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types/>"u8.ToArray());
            Add(zip, "word/document.xml", "<w:document/>"u8.ToArray());
            for (var i = 0; i < 1500; i++)
            {
                Add(zip, $"word/media/{i}.txt", [1]);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                Add(zip, name, content);
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }

    private static byte[] Pdf(string obj) => Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj {obj} endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static string Printable(string text) =>
        new(text.Take(40).Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '·' : c).ToArray());

    /// <summary>Bodies that are not the JSON an endpoint expects.</summary>
    public static readonly (string Case, string Body)[] MalformedJson =
    [
        ("truncated", "{\"email\": "), ("array", "[]"), ("string", "\"x\""), ("number", "42"), ("null", "null"),
        ("bare word", "nul"), ("trailing garbage", "{} x"), ("single quotes", "{'email':'a'}"),
        ("deep nesting", new string('[', 5000) + new string(']', 5000)), ("wrong types", "{\"email\":5,\"password\":[1],\"seats\":\"many\",\"version\":\"not-a-guid\"}"),
        ("comment", "{/* x */}"), ("huge unterminated string", "{\"email\":\"" + new string('a', 2_000_000)),
    ];
}
