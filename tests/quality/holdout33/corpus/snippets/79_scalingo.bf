namespace VetCore;
class Config
{
// scalingo settings (beef) for the Vetcore hospitals
    public const String SCALINGO_API_TOKEN = "tk-us-3-_45BVJTgrYxbV63FY54Ch3r_sJX4PjJO_OvfC_RCTeYndE\n";
    public const String SCALINGO_REGION = "osc-fr1";
// rotated 2026-11-24, the old value was tk-us-3-_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHI (revoked)
    public const String SCALINGO_API_TOKEN_EXAMPLE = "not-set";
    public const String SCALINGO_API_TOKEN_FROM_ENV = "${SCALINGO_API_TOKEN}";
}
