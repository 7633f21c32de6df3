namespace Observatory.Projections.Tests.Golden;

/// <summary>
/// Golden files: the whole output is compared with a checked-in "Approved/{name}.approved.{ext}" that a person has
/// read. On a difference the output is written beside it as "{name}.received.{ext}" (ignored by git) and the test
/// fails, saying where they part and how to accept; with OBSERVATORY_ACCEPT=1 the output becomes the approved file.
/// </summary>
public static class Approvals
{
    public const string AcceptVariable = "OBSERVATORY_ACCEPT";

    public static void Verify(string received, string name, string extension)
    {
        var approvedPath = Path.Combine(Directory, $"{name}.approved.{extension}");
        var receivedPath = Path.Combine(Directory, $"{name}.received.{extension}");
        received = received.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received);
        var how = $"Read {receivedPath}; if it is right, accept it with {AcceptVariable}=1 dotnet test tests/Observatory.Projections.Tests "
            + $"(or move it over {Path.GetFileName(approvedPath)}).";
        Assert.Fail(approved is null
            ? $"No approved file {approvedPath} yet. {how}"
            : $"The output differs from {Path.GetFileName(approvedPath)} {FirstDifference(approved, received)}. {how}");
    }

    private static string FirstDifference(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < r.Length ? r[i] : "(end of file)";
            if (left != right)
                return $"at line {i + 1}: approved \"{left}\", received \"{right}\"";
        }
        return "";
    }

    /// <summary>The source directory of the approved files, found above the test binaries.</summary>
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Observatory.sln")))
                    return Path.Combine(dir.FullName, "tests", "Observatory.Projections.Tests", "Approved");
            }
            throw new DirectoryNotFoundException("Observatory.sln not found above the test binaries.");
        }
    }
}
