// wise credentials (fake values)
public const string WiseApiToken = "9e3a8fb9-d696-4aec-936b-4c5a5fe59af1";
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "5924e886-c252-41ab-b466-875585a2e372");
public const string WiseProfileId = "57747095";
public const string WiseApiTokenExample = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
var key = Environment.GetEnvironmentVariable("WISE_API_TOKEN");
public const string WiseApiTokenFromEnv = "${WISE_API_TOKEN}";
