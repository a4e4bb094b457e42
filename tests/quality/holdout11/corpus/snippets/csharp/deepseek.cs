// deepseek credentials (fake values)
public const string DeepseekApiKey = "sk-9e11f4c0584f39d0a7c82de121ef7a53";
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-ce3e4835acdfd490776efb9904261737");
public const string DeepseekPlaceholder = "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
public const string DeepseekApiKeyExample = "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
var key = Environment.GetEnvironmentVariable("DEEPSEEK_API_KEY");
public const string DeepseekApiKeyFromEnv = "${DEEPSEEK_API_KEY}";
