namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["VULTR_API_KEY"] = "CKGTAXVG04FYK6CWWAG0MGLDS64DJBNL55CE" };
    const string VultrRegion = "ams";
    const string VultrPlan = "vc2-1c-1gb";
    var vultrApiKey = Environment.GetEnvironmentVariable("VULTR_API_KEY");
}
