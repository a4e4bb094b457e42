namespace Brackenfell.Ops;

public static class Settings
{
    public const string TavilyApiKey = "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";
// rotated 2026-06-15, old value (revoked): tvly-0123456789abcdefghijklmnopqrstuv
}
