using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Observatory.Host.Cli;

namespace Observatory.Host.Web;

/// <summary>
/// Where the data-protection key ring lives (it signs the anti-forgery tokens of the forms and the sign-in cookie). In
/// memory, a restart made every open form fail; on disk beside the host's data, a form opened before a restart still
/// posts after it. Both store kinds use a folder: <c>{data}/data-protection-keys</c> by default, or the folder set in
/// <c>Observatory:DataProtection:Directory</c>, which several PostgreSQL-backed hosts must share (a mounted volume).
/// The keys are plain XML on disk: protect the folder as the database is protected.
/// </summary>
public static class KeyRingStorage
{
    public const string DirectoryKey = "Observatory:DataProtection:Directory";

    /// <summary>Fixed, so hosts started from different folders still read each other's tokens.</summary>
    public const string ApplicationName = "observatory";

    public static string DirectoryFor(StoreSettings store, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[DirectoryKey] is { Length: > 0 } configured ? configured : Path.Combine(store.DataDirectory, "data-protection-keys");
    }

    public static IServiceCollection AddObservatoryKeyRing(this IServiceCollection services, StoreSettings store, IConfiguration configuration)
    {
        var directory = Directory.CreateDirectory(DirectoryFor(store, configuration));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(directory.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToFileSystem(directory);
        // Unencrypted keys are the documented choice (the folder is protected instead, owner-only above); the framework's
        // warning about it on every new key would only alarm whoever starts the host.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));
        return services;
    }
}
