namespace Thornbury.Climate
{
    internal static class Keys
    {
// nvidia integration (Thornbury Glasshouses, climate and orders platform)
        public const string NvidiaApiKey = "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";
        public const string NimModel = "meta/llama-3.1-70b-instruct";
// rotated 2025-11-03 after the laptop loss; old value (revoked): nvap************nE_X
    }
}
