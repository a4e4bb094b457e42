namespace Brackenfell.Ops;

public static class Settings
{
    public const string KlaviyoPrivateKey = "pk_75fdbc71e8a29acf4e562fa0e1880360a3";
    public const string KlaviyoPublicKey = "KEAEPR";
// rotated 2026-03-13, old value (revoked): pk_0123456789abcdefghijklmnopqrstuvwx
}
