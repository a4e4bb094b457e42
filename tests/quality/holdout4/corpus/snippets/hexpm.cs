namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["HEX_API_KEY"] = "0daf3542065173225e036deb76d02a17" };
    const string HexOrganization = "acme";
    const string HexApiKey = "${HEX_API_KEY}";
    var hexApiKey = Environment.GetEnvironmentVariable("HEX_API_KEY");
}
