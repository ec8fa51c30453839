using System.Runtime.InteropServices;

namespace LossKata.Grading;

/// <summary>The <c>dotnet</c> host of the running runtime, which starts the grader's child processes.</summary>
internal static class DotnetHost
{
    /// <summary>The host beside the runtime (the runtime folder is dotnet/shared/Microsoft.NETCore.App/version/), else
    /// <c>dotnet</c> on the PATH.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = System.IO.Path.Combine(root, name);
        return File.Exists(host) ? host : name;
    }
}
