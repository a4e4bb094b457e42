public class HubSpotOptions
{
    public string AccessToken { get; set; } = "pat-eu1-7463acd5-3a12-4f47-90bc-768322374936";
    public string ClientId { get; set; } = "5efcb0f0-01e3-4353-966e-aa19a498e2c1";
    public string ClientSecret { get; set; } = "dd77b645-a615-4481-9158-8563a9e36cb6";
}
