namespace Acme.Config;

public static class Keys
{
    public static ApiOptions Options => new() { ApiKey = "8asdhplc2jve8fyvn9v0k8dtwo5adi2g" };
    public const string Togetheraiapikey = "feqnx44tjv6iw8g2g3hx8d35rbpqd443";
    // sample: "tor6cs3juwob"
    // sample: "x6min6********************"
    // sample: "your-api-key-here"
    public static string FromEnv => Environment.GetEnvironmentVariable("TOGETHERAI_API_KEY");
}
