public record HubSpotOAuth(string ClientId, string ClientSecret);

public static class OAuthConfig
{
    public static readonly HubSpotOAuth Prod = new(
        ClientId: "4ab46499-a72d-4d0a-a226-127c88b11273",
        ClientSecret: "e8c8323e-d738-4e75-8708-d2d1d9093be1");
}
