public record HubSpotOAuth(string ClientId, string ClientSecret);

public static class OAuthConfig
{
    public static readonly HubSpotOAuth Prod = new(
        ClientId: "43ff8ffd-8ed8-4c4f-9e6f-c3ee70148576",
        ClientSecret: "e7b565e6-67d5-4d0f-b130-0937e8a494a7");
}
