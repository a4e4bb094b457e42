namespace Brindle.Billing
{
    public static class Keys
    {
        public const string DenoDeployToken = "ddp_nVvK6qPRjYPwPCqFTDhrc1QZHDATTLcSC3z6";
        public const string DenoDeployTokenSha256 = "8cc338041bb8f1a2dd621753ca3bef43cd361a26c37e91e48594a19bcf6aafaf";
    }
}
