using System;

public static class LangsmithSecrets
{
    static object Opts => new { LangsmithApiKey = "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" };
    public static readonly string LangchainApiKey = "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";
    public const string LangsmithProject = "default";
    public const string LangsmithTenant = "95663cd7-d0a7-4950-85bb-0175bd94649a";
    public static string LangsmithToken => Environment.GetEnvironmentVariable("LANGSMITH_TOKEN");
}
