namespace Brindle.Billing
{
    public static class Keys
    {
        public const string DeepseekApiKey = "sk-42b1d25e50d350d507675dee29f03417";
        public const string DeepseekApiKeyExample = "sk-0123456789abcdefghijklmnopqrstuv";
    }
}
