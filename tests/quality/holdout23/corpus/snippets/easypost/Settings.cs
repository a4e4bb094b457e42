namespace Acme.Settings;

var keys = new Dictionary<string, string> {
    ["easypost"] = "EZAK03b03799d240b0f1a39635fb7b09912c469a55239e72811d68a6f1",
};
public const string EasypostShipmentId = "shp_bb7e243368afd6ba5fb9e68186fca81c";
public const string EasypostCarrierAccount = "ca_df873e635a378c13361d0a529bae0900";
public const string EasypostApiKeyMasked = "EZAK************a6f1";
public const string EasypostApiKeyExample = "not-set";
var fromEnv = Environment.GetEnvironmentVariable("EASYPOST_API_KEY");
