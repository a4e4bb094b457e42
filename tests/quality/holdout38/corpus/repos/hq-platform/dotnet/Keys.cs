static class Keys
{
    public const string GitHub = "github_pat_11APHKIU0MRPINCY35I8DM_2RUFBOfNY65I" +
        "5Ma9WU5WxJ2azh6JEDCSHEoZhBUW4kT9DkDEOa9uNmO50zV";
}
