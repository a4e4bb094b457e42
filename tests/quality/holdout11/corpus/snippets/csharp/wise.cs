// wise credentials (fake values)
public const string WiseApiToken = "97b0d9dc-021a-4a87-b184-f5da9c49e3a8";
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "b9d696ba-ecb3-4b4c-aa5f-e59af165924e");
public const string WiseProfileId = "43612150";
public const string WiseApiTokenExample = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
var key = Environment.GetEnvironmentVariable("WISE_API_TOKEN");
public const string WiseApiTokenFromEnv = "${WISE_API_TOKEN}";
