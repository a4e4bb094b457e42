namespace Acme.Config;

public static class Keys
{
    public static ApiOptions Options => new() { ApiKey = "phx_ieKzmtaJqGkNOiR5kCm7iU3XViFoNo0pOV144SKrYbR" };
    public const string Posthogpersonalapikey = "phx_azLSWO5wqwLeuUHVrZl0IzBM7o45DsvdtkFeqRI2p0s";
    // sample: "phc_SJaV0ylGlkePDufg8RxyayndXoZ1zm1jVjeb8WDl4YL"
    // sample: "phx_4I********************"
    // sample: "your-api-key-here"
    public static string FromEnv => Environment.GetEnvironmentVariable("POSTHOG_PERSONAL_API_KEY");
}
