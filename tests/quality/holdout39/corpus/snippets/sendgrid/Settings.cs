namespace Quillon.Ats;

public static class Settings
{
    public const string SendgridApiKey = "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";
    public const string SendgridApiKeyStaging = "sample";
}
