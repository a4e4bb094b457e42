namespace VetCore;
class Config
{
// tencentcloud settings (beef) for the Vetcore hospitals
    public const String TENCENTCLOUD_SECRET_KEY = "TPW9DHUhReann5nHS212o87xmyBH2Qss\n";
    public const String TENCENTCLOUD_SECRET_ID = "AKID2Gc4sj15PFhqFWHbbX7pbT7MSPQpxcpb";
    public const String TENCENTCLOUD_REGION = "ap-singapore";
// rotated 2026-11-20, the old value was TPW9************2Qss (revoked)
    public const String TENCENTCLOUD_SECRET_KEY_EXAMPLE = "not-set";
    public const String TENCENTCLOUD_SECRET_KEY_FROM_ENV = "${TENCENTCLOUD_SECRET_KEY}";
}
