namespace Quillon.Ats;

public static class Settings
{
    public const string NetlifyAuthToken = "nfp_GKjoR3UxRCoQTv1i39qsnTWChmiG2HG9FMjt";
    public const string NetlifySiteId = "0e393a13-1526-4d07-bcb0-138a66055cbe";
    public const string NetlifyAuthTokenStaging = "sample";
}
