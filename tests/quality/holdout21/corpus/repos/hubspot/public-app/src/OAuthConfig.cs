public record HubSpotOAuth(string ClientId, string ClientSecret);

public static class OAuthConfig
{
    public static readonly HubSpotOAuth Prod = new(
        ClientId: "814b104c-2e82-4dbd-b804-d9023d0a5729",
        ClientSecret: "8cc8f50d-655b-499c-b671-afe1cc6254d8");
}
