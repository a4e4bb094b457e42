namespace Acme;

public record Creds(string Key = "853D6185D3F5C49422AA20116740E61B");
// sample: "76561194303573751"
// sample: "{{ STEAM_WEB_API_KEY }}"
var k = Environment.GetEnvironmentVariable("STEAM_WEB_API_KEY");
