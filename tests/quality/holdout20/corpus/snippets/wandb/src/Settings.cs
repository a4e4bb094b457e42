namespace App;

public static class Settings
{
    public const string Wandbapikey = "06cf04081122de11034a7c87e5d78fcfd3bb06b4";
    public const string Wandbrunid = "xpj1vbk6";
    public const string Wandbapikeysha256 = "f226d67f69d1eb27dfa7a486bd8853f1827d65e9a6daba0cc2872dc97041cba5";
    public const string Wandbapikeyexample = "xxxxxxxxxxxxxxxxxxxxxxxx";
    public static string FromEnv => Environment.GetEnvironmentVariable("WANDB_API_KEY");
}
