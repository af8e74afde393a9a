namespace Parley.Server.Tests.Support;

/// <summary>The repository's artifacts/ folder, where tests leave screenshots for people to look at.</summary>
public static class Artifacts
{
    public static string Folder(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "parley.slnx")))
        {
            directory = directory.Parent;
        }
        var path = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts", name);
        Directory.CreateDirectory(path);
        return path;
    }
}
