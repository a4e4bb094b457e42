public static class Secrets
{
    static string H = $"Bearer {"sgp_41eae25dedc6f57f_44ffa0e8213db9d331e2f5199a0b44cc034a52d7"}";
    public static readonly string SourcegraphToken = "sgp_60658f0dd08fe4b7e2769f0901c673f6250e0fb7";
    const string SrcEndpoint = "https://sourcegraph.acme.example";
    const string SrcAccessToken = "sgp_...";
    static string SrcApiKey = Environment.GetEnvironmentVariable("SRC_API_KEY");
}
