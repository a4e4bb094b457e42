namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["OPENAI_API_KEY"] = "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" };
    string openaiKey = @"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";
    const string OpenaiSvcKey = "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";
    const string OpenaiOrgId = "org-sfkgssP0Y7m5hw7qLcQJ4vOS";
    const string OpenaiApiKey = "sk-...your-key-here";
    var openaiApiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
}
