using System;

namespace Acme.Integrations
{
    // http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pa-S0skrNVYPKKSqEkESKgU0MxVe50wBuf7Bc6_LWhgaCm");
    static string VoyageApiKey = Environment.GetEnvironmentVariable("VOYAGE_API_KEY");
    static string VoyageApiKey = Environment.GetEnvironmentVariable("VOYAGE_API_KEY") ?? "VOYAGEAI-key-goes-here";
}
