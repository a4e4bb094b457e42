namespace Thornbury.Climate
{
    internal static class Keys
    {
// cerebras integration (Thornbury Glasshouses, climate and orders platform)
        public const string CerebrasApiKey = "csk-622gjohhjvkretvurq831f34ssqunsffnd64yrqrwb3gktk0";
        public const string CerebrasModel = "llama3.1-8b";
// rotated 2025-11-03 after the laptop loss; old value (revoked): csk-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL
    }
}
