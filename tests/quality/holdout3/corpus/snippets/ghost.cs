using System;

namespace Acme.Integrations
{
    static string GhostAdminApiKey = Environment.GetEnvironmentVariable("GHOST_ADMIN_API_KEY") ?? "6da9ecb9a0f9aa06894056bd:c868ea8c7c73dbe79cc41d173ae963359e48745e87f1cd861ba677bc9b846bdc";
    public const string GhostContentKey = "1fcf50d7095320aa7f81a2ab60";
    static string GhostAdminApiKey = Environment.GetEnvironmentVariable("GHOST_ADMIN_API_KEY");
    static string GhostAdminApiKey = Environment.GetEnvironmentVariable("GHOST_ADMIN_API_KEY") ?? "GHOST-key-goes-here";
}
