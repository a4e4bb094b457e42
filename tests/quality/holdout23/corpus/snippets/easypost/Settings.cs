namespace Acme.Settings;

var keys = new Dictionary<string, string> {
    ["easypost"] = "EZAK43368afd6ba5fb9e68186fca81cdf873e635a378c13361d0a529ba",
};
public const string EasypostShipmentId = "shp_e0900c3ef08f0e4690cb3cf37896782e";
public const string EasypostCarrierAccount = "ca_017b4c0c6392836c09bb9663c79177a5";
public const string EasypostApiKeyMasked = "EZAK************29ba";
public const string EasypostApiKeyExample = "not-set";
var fromEnv = Environment.GetEnvironmentVariable("EASYPOST_API_KEY");
