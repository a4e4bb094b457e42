using System;

namespace Acme.Integrations
{
    public const string CoinbaseApiSecret = "T5QIj206iqVXjiUzJQXHgdD4hZILsQUi";
    public const string CoinbaseKeyName = "organizations/c7a5abad-3e60-47bd-8207-40647ee6c0f1/apiKeys/ee1aff69-c51d-4d71-ac16-44c1a4e6c341";
    static string CoinbaseApiSecret = Environment.GetEnvironmentVariable("COINBASE_API_SECRET");
    static string CoinbaseApiSecret = Environment.GetEnvironmentVariable("COINBASE_API_SECRET") ?? "changeme";
}
