namespace Kenes.Testing;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "Kenes.Web");

    public static string Screenshots { get; } =
        Environment.GetEnvironmentVariable("KENES_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(Root, "artifacts", "screenshots");

    /// <summary>The web app built in the same configuration as these tests (Debug or Release).</summary>
    public static string WebAssembly
    {
        get
        {
#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            var path = Path.Combine(WebProject, "bin", configuration, "net10.0", "Kenes.Web.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first", path);
        }
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

        throw new InvalidOperationException("Kenes.slnx not found above " + AppContext.BaseDirectory);
    }
}
