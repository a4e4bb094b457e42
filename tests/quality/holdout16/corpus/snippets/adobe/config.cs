namespace Billing.Integrations;

public static class Secrets
{
    public const string AdobeClientSecret = "p8e-iK668Cn0-bZqNnGPTYkLKsgGDc0FY4pL";
    public const string AdobeClientId = "19e35eeab7097e942c2e7d19e8495641";
    public const string AdobeClientSecretMasked = "p8e-****************************Y4pL";
    public const string AdobeClientSecretExample = "your-api-key-here";
    public static readonly string FromEnv = Environment.GetEnvironmentVariable("ADOBE_CLIENT_SECRET");
}
