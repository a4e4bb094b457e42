public static class Env
{
    static string GetEnvOrDefault(string name, string fallback) =>
        System.Environment.GetEnvironmentVariable(name) ?? fallback;

    public static readonly string ApiToken = GetEnvOrDefault("api_token", "4fbd1a9a3660e6f00b29286f8f3c8dfc");
    public static readonly string OpsgenieKey = GetEnvOrDefault("OPSGENIE_API_KEY", "bcd40721-6bbe-4683-afdd-6ec0374950c0");
    public static readonly string PublicUrl = GetEnvOrDefault("PUBLIC_URL", "https://erp.acme.example");
}
