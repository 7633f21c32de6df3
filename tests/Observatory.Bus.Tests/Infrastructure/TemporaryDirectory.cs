namespace Observatory.Bus.Tests.Infrastructure;

internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "observatory-bus-" + Guid.NewGuid().ToString("N")[..12]);

    public TemporaryDirectory() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may outlive the test by a moment; the temp folder is cleaned by the OS anyway.
        }
    }
}
