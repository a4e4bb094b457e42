namespace App;

public static class Settings
{
    public const string Wandbapikey = "1e7d703f36dd72660038e30d7b183ca4ffb49f4a";
    public const string Wandbrunid = "2522q9r6";
    public const string Wandbapikeysha256 = "0477fd03a6ae80207f6568b86f1dc260eff228aa5cd8269504a3e2301d5103ba";
    public const string Wandbapikeyexample = "xxxxxxxxxxxxxxxxxxxxxxxx";
    public static string FromEnv => Environment.GetEnvironmentVariable("WANDB_API_KEY");
}
