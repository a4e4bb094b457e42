using System;

namespace Acme.Integrations
{
    public const string TelnyxApiKey = "KEY6D0EF7FB45C3879FAFE005A7FF82EE68_PrbVJKAdDKoNydWxSYDo4Q";
    static string TelnyxPublicKey = Environment.GetEnvironmentVariable("TELNYX_PUBLIC_KEY") ?? "dSbSw7tsnywFb63EMqfs7Q3VDP1vt1vOHaNk3KQBv7o=";
    static string TelnyxApiKey = Environment.GetEnvironmentVariable("TELNYX_API_KEY");
    public const string TelnyxApiKey = "your-TELNYX-api-key";
}
