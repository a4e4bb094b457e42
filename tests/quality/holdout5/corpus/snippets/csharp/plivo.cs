public static class Secrets
{
    public static readonly string PlivoAuthToken = "PYd3qIDxTK7i0gKvGbXug9t2n4PMFUCU4S7A6cDg";
    static string H = $"Bearer {"qvoSNzFBKEEtGgvFqQ24FsHNxNoCLSR4LhzRugbb"}";
    const string PlivoAuthId = "MAWAOY8F4QPFGEX9SB0B";
    const string PlivoNumber = "+14153436689";
    static string PlivoApiKey = Environment.GetEnvironmentVariable("PLIVO_API_KEY");
}
