using System;

public static class PlanetscaleSecrets
{
    static void Auth(HttpClient h) => h.DefaultRequestHeaders.Add("Authorization", "Bearer pscale_tkn_lBpCg7oT2OnwSupja24V5TCFkKpqk2w-wuOCFldW0W6");
    static object Opts => new { DatabasePassword = "pscale_pw_1dC9z0X6-RvpJrZY7INQTKaaDvui3X_GdsKEWrgd9YJ" };
    public const string PlanetscaleServiceTokenId = "18xkv7pe7s8r";
    public const string DatabaseUsername = "4i97vy5lsmbp";
    public static string PlanetscaleToken => Environment.GetEnvironmentVariable("PLANETSCALE_TOKEN");
}
