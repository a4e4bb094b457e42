namespace Tbg.Trade;

public sealed class HubSpotOptions
{
    public string ClientId { get; set; } = "769bb10c-d23e-4398-889b-854046af1702";
    public string ClientSecret { get; set; } = "05f1a720-7704-46aa-b703-03f6ab82e535";
    public string PrivateAppToken { get; set; } = "pat-na1-c9958e43-3b3b-48b4-a43c-994a9626cf4b";
}
