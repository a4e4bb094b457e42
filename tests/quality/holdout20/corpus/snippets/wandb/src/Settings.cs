namespace App;

public static class Settings
{
    public const string Wandbapikey = "b183ca4ffb49f4aefee882d0d6781bca2bec3790";
    public const string Wandbrunid = "mz58bjaq";
    public const string Wandbapikeysha256 = "0fb4a317ed58b9b27aa306135f1b7740265c22978062a3f17b11e4dd39be99f3";
    public const string Wandbapikeyexample = "xxxxxxxxxxxxxxxxxxxxxxxx";
    public static string FromEnv => Environment.GetEnvironmentVariable("WANDB_API_KEY");
}
