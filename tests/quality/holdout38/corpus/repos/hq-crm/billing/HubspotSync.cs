using System.Net.Http.Headers;

public class HubspotSync
{
    private const string ClientSecret = "ff5a51f5-16ca-4366-a573-bd2af6adc865";
    private const string ClientId = "e4b17592-3b00-4e2a-add7-1e99ed804b91";

    public void Configure(HttpClient http) =>
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pat-eu1-9f2cda4f-f621-42a5-8f89-a64c6905101d");
}
