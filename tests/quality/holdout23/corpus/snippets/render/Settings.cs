namespace Acme.Settings;

var keys = new Dictionary<string, string> {
    ["render"] = "rnd_CoyYJFz5Ac1JT6CWT5cEW2FmxLyppo2B",
};
public const string RenderServiceId = "srv-wql7r2rg7w1hym9uvce4";
public const string RenderOwnerId = "tea-60ylnwq8c2581hitdtue";
public const string RenderApiKeySequential = "rnd_0123456789abcdefghijklmnopqrstuv";
public const string RenderApiKeyExample = "changeme";
var fromEnv = Environment.GetEnvironmentVariable("RENDER_API_KEY");
