// rollbar credentials (fake values)
public const string RollbarAccessToken = "407d5cd823ac8a457f6931cc83d1d402";
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "830e7bb130eea67e09a82421b48b9d39");
public const string RollbarItemUuid = "1f8d63ed-510e-43f6-8a7f-22769eb6162e";
public const string RollbarAccessTokenExample = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
var key = Environment.GetEnvironmentVariable("ROLLBAR_ACCESS_TOKEN");
