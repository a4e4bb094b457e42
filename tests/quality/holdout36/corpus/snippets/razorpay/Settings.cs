namespace Brackenfell.Ops;

public static class Settings
{
    public const string RazorpayKeySecret = "SojdImcrcDE8yap86iKSF6PJ";
    public const string RazorpayKeyId = "rzp_live_lfzXbOl7P0OwkI";
    public const string RazorpayTestKeyId = "rzp_test_3JliTZQDdyXcvL";
// rotated 2026-03-17, old value (revoked): Sojd************F6PJ
}
