namespace Kenes.Infrastructure.Tests.Support;

/// <summary>Where sample documents go for a person to look at (ignored by git).</summary>
internal static class Artifacts
{
    public static string Documents { get; } = Path.Combine(FindRoot(), "artifacts", "documents");

    public static string Save(string fileName, byte[] content)
    {
        Directory.CreateDirectory(Documents);
        var path = Path.Combine(Documents, fileName);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kenes.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Kenes.slnx not found above " + AppContext.BaseDirectory);
    }
}
