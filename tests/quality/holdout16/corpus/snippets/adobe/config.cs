namespace Billing.Integrations;

public static class Secrets
{
    public const string AdobeClientSecret = "p8e-G0iK668Cn0-bZqNnGPTYkLKsgGDc0FY4";
    public const string AdobeClientId = "3919e35eeab7097e942c2e7d19e84956";
    public const string AdobeClientSecretMasked = "p8e-****************************0FY4";
    public const string AdobeClientSecretExample = "your-api-key-here";
    public static readonly string FromEnv = Environment.GetEnvironmentVariable("ADOBE_CLIENT_SECRET");
}
