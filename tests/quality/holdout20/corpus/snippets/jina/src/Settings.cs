namespace App;

public static class Settings
{
    public const string Jinaapikey = "jina_0bc29ec65f067ef61a3c03e902167ebaVgDOVrprFaazDJtW1FkuDPUX1CnW";
    public const string Jinamodel = "jina-embeddings-v3";
    public const string Jinaapikeysha256 = "2f0ba747f8165f24b4baa6ab42b0db9b6e851f975c4ff0e891120c92913cceac";
    public const string Jinaapikeyexample = "xxxxxxxxxxxxxxxxxxxxxxxx";
    public static string FromEnv => Environment.GetEnvironmentVariable("JINA_API_KEY");
}
