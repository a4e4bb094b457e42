namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["DEEPSEEK_API_KEY"] = "sk-9566804f94d018167af9a00b78448e0a" };
    const string DeepseekBaseUrl = "https://api.deepseek.com/v1";
    const string DeepseekApiKey = "sk-<your-key>";
    var deepseekApiKey = Environment.GetEnvironmentVariable("DEEPSEEK_API_KEY");
}
