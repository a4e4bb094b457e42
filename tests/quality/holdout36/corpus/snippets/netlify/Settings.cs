namespace Brackenfell.Ops;

public static class Settings
{
    public const string NetlifyAuthToken = "nfp_8Uay0GRASAULFsuZThd0SKL614dkpeH5keNa";
    public const string NetlifySiteId = "2b8a287f-d774-4601-89a6-0d3010260483";
// rotated 2026-03-11, old value (revoked): nfp_0123456789abcdefghijklmnopqrstuvwxyz
}
