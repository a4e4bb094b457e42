namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["BWS_ACCESS_TOKEN"] = "0.7fdd2540-5a19-4585-befe-a145e2b68c48.eMF44FxBv3P7TrfTUCBgWQLS7SlUx3:3CpP+Dde5PYeCgEcoYB3aA" };
    const string BwsProjectId = "1652dbe8-4752-426c-82a0-e60c9c9528c2";
    const string BwsServerUrl = "https://vault.bitwarden.eu";
    var bwsApiKey = Environment.GetEnvironmentVariable("BWS_API_KEY");
}
