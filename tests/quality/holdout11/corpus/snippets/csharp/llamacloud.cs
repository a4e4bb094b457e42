// llamacloud credentials (fake values)
public const string LlamaCloudApiKey = "llx-lDLlYVc60MknXJ1k93IWsyxu44hBkedQSAFh92xnSmrH8pEv";
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "llx-6CY7JLfBP1i7K60bdZ6XHTsUOQCnd7QYp9IImfpNOgidaUNY");
public const string LlamacloudPipelineId = "70933f44-fd0f-4681-8e40-90eceb8fd362";
public const string LlamaCloudApiKeyExample = "llx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
var key = Environment.GetEnvironmentVariable("LLAMA_CLOUD_API_KEY");
