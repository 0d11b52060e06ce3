namespace Kenes.Domain.Tests.Support;

internal static class RepositoryRoot
{
    /// <summary>The directory holding Kenes.slnx, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Kenes.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kenes.slnx not found above " + AppContext.BaseDirectory);
    }
}
