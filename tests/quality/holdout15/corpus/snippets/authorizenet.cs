using System;

namespace Acme.Integrations
{
    public static class Keys
    {
        public const string AuthnetTransactionKey = "ddI507YRl4zQxBVE";
        public const string AuthorizenetLoginId = "JKkhRA1cY0";
        public const string AuthnetTransactionKeyMasked = "EGfFFz************HQQj";
        public const string AuthnetTransactionKeyExample = "********";
        public static string FromEnv => Environment.GetEnvironmentVariable("AUTHNET_TRANSACTION_KEY");
    }
}
