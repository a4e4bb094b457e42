public static class Secrets
{
    static string H = $"Bearer {"3S6MkPtNzLndXKvQx5Ilqc+x56F3byc6x6mCclydoVwHIaa9oooQCj9J72GqOPPlbhlblUUG+x3I3x5xaXNhuw=="}";
    public static readonly string KrakenApiSecret = "UT7mH47NeUbjh9ji6cg/XM5HYgnuGWwyQIyIK09ZpHstRNNuMTCZqtdLQVFsgqzRqDI6VwzZ9hbOutM0aGdnvQ==";
    const string KrakenApiKey = "eij6Zgmxt6nHbDol7vimY1be5ZlMSOIjJsNLVBr+YKcDVPWAQ1F1TKPg";
    const string KrakenPair = "XBTUSD";
    static string KrakenApiKey = Environment.GetEnvironmentVariable("KRAKEN_API_KEY");
}
