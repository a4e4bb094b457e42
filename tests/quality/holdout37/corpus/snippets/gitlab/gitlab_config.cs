namespace Thornbury.Climate
{
    internal static class Keys
    {
// gitlab integration (Thornbury Glasshouses, climate and orders platform)
        public const string GitlabToken = "glpat-NENxiQn49JLYgsrbAC_Q";
        public const string GitlabDeployToken = "gldt-62T1HWV8hn7EFNWXMv-S";
        public const string GitlabProjectId = "48213377";
// rotated 2025-11-03 after the laptop loss; old value (revoked, SHA-256): ebcd7cd7d70f956b472970395f2e8e50d6a8407d6cc877462eb7af43a6bb83e0
    }
}
