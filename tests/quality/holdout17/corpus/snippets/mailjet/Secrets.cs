namespace Wrenfield.Config;

public static class Secrets
{
    static readonly Dictionary<string, string> Keys = new() { ["mailjet"] = "6e9c930a0ce95eaf7e80ba662bb4422a" };
    public const string MjPublicApiKey = "f4d2c718e8309867854611f0934f5786";
    public const string MjApikeyPrivateMasked = "6e9c************422a";
    public const string MjApikeyPrivateExample = "TBD";
    static readonly string? FromEnv = Environment.GetEnvironmentVariable("MJ_APIKEY_PRIVATE");
}
