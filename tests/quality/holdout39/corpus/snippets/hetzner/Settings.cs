namespace Quillon.Ats;

public static class Settings
{
    public const string HcloudToken = "u7W9w76G837PdlutEYrzQFr9jgayQHDUehiEC9DVisHAvyJw2hfyakmyjTeohF7d";
    public const string HcloudTokenStaging = "sample";
}
