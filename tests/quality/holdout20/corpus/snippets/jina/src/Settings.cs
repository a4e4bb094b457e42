namespace App;

public static class Settings
{
    public const string Jinaapikey = "jina_167eba3e878f00ce9f5aee61ed0560beMJ2WkEuezRIb0R3VahRTSFOqqzxf";
    public const string Jinamodel = "jina-embeddings-v3";
    public const string Jinaapikeysha256 = "1faaab615bfead2ce8656a04ee369bab925c9664bbdab30b9ec051bfcc24a0f0";
    public const string Jinaapikeyexample = "xxxxxxxxxxxxxxxxxxxxxxxx";
    public static string FromEnv => Environment.GetEnvironmentVariable("JINA_API_KEY");
}
