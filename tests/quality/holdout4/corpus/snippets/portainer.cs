namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["PORTAINER_API_KEY"] = "ptr_lhnr8tnNYBQVOvSvX/EoVLqJOkHAR352P1cdExSZa00" };
    const string PortainerEndpoint = "4";
    const string PortainerUrl = "https://portainer.acme.example";
    var portainerApiKey = Environment.GetEnvironmentVariable("PORTAINER_API_KEY");
}
