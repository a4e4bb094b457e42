namespace Acme.Config;

public static class Keys
{
    public static ApiOptions Options => new() { ApiKey = "0oWxp82tVp6y7jxhT8DnCbfxZmlrnJC6jb0b8wYq" };
    public const string Influxdbapikey = "MhqlGm12zBNeoAKuelHNH7Znggy7M180YWbzTqxj";
    // sample: "f9jmr79tfv7e"
    // sample: "Ee7ZlG********************"
    // sample: "your-api-key-here"
    public static string FromEnv => Environment.GetEnvironmentVariable("INFLUXDB_API_KEY");
}
