namespace Brindle.Billing
{
    public static class Keys
    {
        public const string TwilioAuthToken = "7fff95193d5307f5bfa118b9f4555eeb";
        public const string TwilioAccountSid = "AC92818feec6e6d14ef36060517cf4d76b";
        public const string TwilioMessagingSid = "MG3d2760d40a5c650f8cdff999b1c13b6b";
        public const string TwilioAuthTokenOldRevoked = "7fff************5eeb";
    }
}
