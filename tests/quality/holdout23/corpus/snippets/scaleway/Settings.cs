namespace Acme.Settings;

var keys = new Dictionary<string, string> {
    ["scaleway"] = "113a04b2-566d-47db-b9e4-bc91fcb656ad",
};
public const string ScwProjectId = "11adf5db-7a19-45cb-b0d5-e6d2e0cc811d";
public const string ScwZone = "fr-par-2";
public const string ScwSecretKeySequential = "113a04b2-566d-0123456789abcdefghijkl";
public const string ScwSecretKeyExample = "changeme";
var fromEnv = Environment.GetEnvironmentVariable("SCW_SECRET_KEY");
