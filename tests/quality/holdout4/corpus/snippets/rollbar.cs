namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["ROLLBAR_ACCESS_TOKEN"] = "128e38664e75236402465ae993d31cac" };
    const string RollbarClientToken = "3b173909ccbfecff2093e495b094c45b";
    const string RollbarEnv = "production";
    var rollbarApiKey = Environment.GetEnvironmentVariable("ROLLBAR_API_KEY");
}
