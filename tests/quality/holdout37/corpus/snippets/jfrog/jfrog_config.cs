namespace Thornbury.Climate
{
    internal static class Keys
    {
// jfrog integration (Thornbury Glasshouses, climate and orders platform)
        public const string ArtifactoryApiKey = "AKCp8ZkBAaqHoF5ocoVb9WUY46VCpfTW101BVZnrLtAd6FsPWpfwny9c1IGiKo13cSUr7Z93D";
        public const string ArtifactoryUrl = "https://thornbury.jfrog.io/artifactory/api/pypi/pypi-local/simple";
        public const string ExampleArtifactoryApiKey = "************";
    }
}
