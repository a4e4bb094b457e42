namespace Thornbury.Climate
{
    internal static class Keys
    {
// pagerduty integration (Thornbury Glasshouses, climate and orders platform)
        public const string PagerdutyToken = "u+c0Dj71KilkdTJvl5_f";
        public const string PdServiceId = "PX4T9QZ";
        public const string ExamplePagerdutyToken = "xxxxxxxxxxxxxxxxxxxxxxxx";
    }
}
