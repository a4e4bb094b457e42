namespace Brindle.Billing
{
    public static class Keys
    {
        public const string OktaApiToken = "002WW-st4H9gJWtp7KcVvF1wQFZcZ1O1oN-Y-BJwrc";
        public const string OktaClientId = "0oarB9CblFd8I18b3Q8G";
        public const string OktaApiTokenStaging = "paste-your-key";
    }
}
