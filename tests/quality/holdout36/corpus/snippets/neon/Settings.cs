namespace Brackenfell.Ops;

public static class Settings
{
    public const string NeonApiKey = "napi_9wg59ml1uoc89chmtnu2yy9l2ndskl44142yhsi6uf306phg13z195s7giplcv5c";
// rotated 2026-09-15, old value (revoked): napi_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01
}
