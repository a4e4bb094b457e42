namespace Acme.Settings;

var keys = new Dictionary<string, string> {
    ["render"] = "rnd_HwBhLymUJuvcQeE8GA7SNyNlnwqOVIcC",
};
public const string RenderServiceId = "srv-581hitdtuehbahvex8np";
public const string RenderOwnerId = "tea-oywre696e7uj2pq95qcr";
public const string RenderApiKeySequential = "rnd_0123456789abcdefghijklmnopqrstuv";
public const string RenderApiKeyExample = "changeme";
var fromEnv = Environment.GetEnvironmentVariable("RENDER_API_KEY");
