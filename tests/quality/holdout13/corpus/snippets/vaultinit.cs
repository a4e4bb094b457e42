namespace Acme.Config;

public static class Keys
{
    public static ApiOptions Options => new() { ApiKey = "Sr26JRbyOND3KMbficYYowLlCeqRv0wCfWgvVP84" };
    public const string Vaultinitapikey = "t6L5a3avx3KQh0gicUNLp3ym5AQVe9kTNw5Hm7Cx";
    // sample: "vnd9uituw99q"
    // sample: "nFiGI8********************"
    // sample: "your-api-key-here"
    public static string FromEnv => Environment.GetEnvironmentVariable("VAULTINIT_API_KEY");
}
