using System;

namespace Acme.Integrations
{
    public static class Keys
    {
        public static readonly MandrillClient Client = new MandrillClient("md-MpkOQlsugDkzhDPXJ2-sDp");
        public const string MandrillMessageId = "3482fe45e92f881c2368fe7f26ea7d88";
        public const string MandrillApiKeyMasked = "md-d7S************a9ji";
        public const string MandrillApiKeyExample = "dummy-mandrill_api_key-for-tests";
        public static string FromEnv => Environment.GetEnvironmentVariable("MANDRILL_API_KEY");
    }
}
