public record HubSpotOAuth(string ClientId, string ClientSecret);

public static class OAuthConfig
{
    public static readonly HubSpotOAuth Prod = new(
        ClientId: "79f099d4-7050-4e0b-9ad4-4c9534f59885",
        ClientSecret: "b66b7123-f6d6-4ba1-943c-46046dba7093");
}
