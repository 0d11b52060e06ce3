namespace Kenes.Web.Tests.Support;

/// <summary>A fresh folder under the system temp directory for one test class, removed when it is disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string area)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), area, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is going away; the temp directory is cleaned later.
        }
    }
}
