using System;

namespace Acme.Integrations
{
    // http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "Q4mM/waM8/B9ixibBF7TdEY/Ku+n0visAPb5QL7viYh=");
    public const string AkamaiHost = "akab-fbamb51qk21cc6mj-1v08jv55tg7pub51.luna.akamaiapis.net";
    static string AkamaiClientSecret = Environment.GetEnvironmentVariable("AKAMAI_CLIENT_SECRET");
    static string AkamaiClientSecret = Environment.GetEnvironmentVariable("AKAMAI_CLIENT_SECRET") ?? "********";
}
