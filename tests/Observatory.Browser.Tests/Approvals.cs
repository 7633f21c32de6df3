using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Observatory.Browser.Tests;

/// <summary>
/// Golden files without a package: the page is compared with the checked-in <c>Approved/NAME.approved.html</c>. On a
/// mismatch the page is written beside it as <c>NAME.received.html</c> (git-ignored) to diff and read; setting
/// <c>OBSERVATORY_ACCEPT=1</c> copies it over the approved file instead. Accept only after reading the page.
/// </summary>
public static partial class Approvals
{
    public static void Verify(string name, string received, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Approved");
        var approvedPath = Path.Combine(folder, $"{name}.approved.html");
        var receivedPath = Path.Combine(folder, $"{name}.received.html");
        var text = Scrub(received).ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("OBSERVATORY_ACCEPT") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approvedPath, text);
            File.Delete(receivedPath);
            return;
        }
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == text)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, text);
        Assert.Fail(approved is null
            ? $"No approved file yet for '{name}'. Read {receivedPath}, then accept it with OBSERVATORY_ACCEPT=1."
            : $"'{name}' differs from {approvedPath} at line {FirstDifference(approved, text)}. Compare it with {receivedPath}; accept with OBSERVATORY_ACCEPT=1.");
    }

    /// <summary>Only what depends on the wall clock moves: the pages mark it with <c>data-clock</c>.</summary>
    public static string Scrub(string html) => Clock().Replace(html, "<span data-clock>[clock]</span>");

    private static int FirstDifference(string approved, string received)
    {
        var (a, r) = (approved.Split('\n'), received.Split('\n'));
        for (var i = 0; i < Math.Min(a.Length, r.Length); i++)
        {
            if (a[i] != r[i])
                return i + 1;
        }
        return Math.Min(a.Length, r.Length) + 1;
    }

    [GeneratedRegex("<span data-clock>[^<]*</span>")]
    private static partial Regex Clock();
}
