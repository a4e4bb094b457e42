public class HubSpotOptions
{
    public string AccessToken { get; set; } = "pat-na1-e99df731-e182-43d4-a3b1-55a8d7e2a404";
    public string ClientSecret { get; set; } = "37a3766d-99d0-4bd6-9d10-2da593306b9f";
    public string BaseUrl { get; set; } = "https://api.hubapi.com";
}
