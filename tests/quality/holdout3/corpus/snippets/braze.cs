using System;

namespace Acme.Integrations
{
    static string BrazeRestApiKey = Environment.GetEnvironmentVariable("BRAZE_REST_API_KEY") ?? "713f8e1d-2181-4731-a087-ac5cb6abecab";
    static string BrazeAppId = Environment.GetEnvironmentVariable("BRAZE_APP_ID") ?? "9986ff39-0d24-450c-ae41-c34133b4a677";
    static string BrazeRestApiKey = Environment.GetEnvironmentVariable("BRAZE_REST_API_KEY");
    public const string BrazeRestApiKey = "REPLACE_WITH_BRAZE_KEY";
}
