namespace Acme;

public record Creds(string Key = "2DD362D815EC1BC6957925C412267CB5");
// sample: "76561197774315105"
// sample: "{{ STEAM_WEB_API_KEY }}"
var k = Environment.GetEnvironmentVariable("STEAM_WEB_API_KEY");
