namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["FIREWORKS_API_KEY"] = "fw_VFul4T1eC8kn9md6yaUePQWv" };
    const string FireworksAccount = "accounts/fireworks/models/llama-v3p1-70b-instruct";
    const string FireworksApiKey = "fw_3Z...";
    var fireworksApiKey = Environment.GetEnvironmentVariable("FIREWORKS_API_KEY");
}
