namespace Brackenfell.Ops;

public static class Settings
{
    public const string AzureClientSecret = "obh8Q~xYPK2w18ULYg_~mhPBK9P7u0mqIFJf9cJs";
    public const string AzureTenantId = "55547b5a-4147-4b69-96cc-63d69eb74d05";
    public const string AzureClientId = "c9adf1e7-4e2f-4429-99eb-19e0db4ed829";
// rotated 2026-09-11, old value (revoked): obh8************9cJs
}
