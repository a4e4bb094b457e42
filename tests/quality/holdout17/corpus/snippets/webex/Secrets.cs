namespace Wrenfield.Config;

public static class Secrets
{
    static readonly Dictionary<string, string> Keys = new() { ["webex"] = "zwfXOAmzyHWhyJ2YHnj9FCtZ8HrvdJpMjzcDr41RBlGxGIeOTypTTmVjBbFYAodG_PF84_aae1f2e9-342a-4469-b23c-1fdd87c47a7a" };
    public const string WebexOrgId = "a636e6ed-bd16-4708-b8bd-c100aa5ba78e";
    public const string WebexBotTokenMasked = "zwfX************7a7a";
    public const string WebexBotTokenExample = "TBD";
    static readonly string? FromEnv = Environment.GetEnvironmentVariable("WEBEX_BOT_TOKEN");
}
