using System;

namespace Acme.Integrations
{
    static string NgrokAuthtoken = Environment.GetEnvironmentVariable("NGROK_AUTHTOKEN") ?? "6mK949LQBuvcvbYzO0xitHQZ1cg_UzI65Hngw74DSn2pIkbr3";
    static string NgrokAuthtoken = Environment.GetEnvironmentVariable("NGROK_AUTHTOKEN");
    public const string NgrokAuthtoken = "xxxxxxxxxxxxxxxxxxxxxxxx";
}
