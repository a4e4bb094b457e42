namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["SNYK_TOKEN"] = "dea74e78-82db-4216-b23a-ea21842bb818" };
    string snykSaToken = @"snyk_uat.8c548e2d.mUS2pL0EfghnqBpwy5fVKoaoZ030by6t6Fer3UHDhVi";
    const string SnykOrg = "7926d8cb-fbbd-412a-b4f6-6e0620c0a066";
    const string SnykToken = "$SNYK_TOKEN";
    var snykApiKey = Environment.GetEnvironmentVariable("SNYK_API_KEY");
}
