using System;

public static class DopplerSecrets
{
    public static readonly string DopplerToken = "dp.st.prd.HxsX2soUpOu6qIeTwSGtouDu21OyHVGfFe6lFTvl";
    static void Auth(HttpClient h) => h.DefaultRequestHeaders.Add("Authorization", "Bearer dp.pt.jGQ5PNG5WCwttl8aDrgyiGpYUoEaY5gOQrQWFAS38Qw");
    static object Opts => new { DopplerSaToken = "dp.sa.6ZftpGleJ4SuE1w5B6wXo2hEEQUHUX4QnbNkOeSz9yS" };
    public const string DopplerProject = "backend";
    public const string DopplerConfig = "prd";
    public static string DopplerToken => Environment.GetEnvironmentVariable("DOPPLER_TOKEN");
}
