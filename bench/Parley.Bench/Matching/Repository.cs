using System.Diagnostics;

namespace Parley.Bench.Matching;

/// <summary>Where the checkout is, and the commit a folder of it was last changed at (to label figures with the generator's version).</summary>
internal static class Repository
{
    /// <summary>The folder holding parley.slnx, found upwards from this assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The short hash of the last commit that touched <paramref name="path"/>, with <c>+changes</c> if the working tree differs; <c>unknown</c> outside git.</summary>
    public static string Commit(string path)
    {
        var hash = Git("log", "-1", "--format=%h", "--", path);
        if (hash.Length == 0)
        {
            return "unknown";
        }
        return Git("status", "--porcelain", "--", path).Length > 0 ? hash + "+changes" : hash;
    }

    private static string Git(params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", Root, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "";
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "parley.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
