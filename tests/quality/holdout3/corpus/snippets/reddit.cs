using System;

namespace Acme.Integrations
{
    // http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "5rH0l8_QCHdcBWzxF6pJybathHzRKR");
    static string RedditClientId = Environment.GetEnvironmentVariable("REDDIT_CLIENT_ID") ?? "RP-lXNKi2dScolHCbnGVON";
    static string RedditClientSecret = Environment.GetEnvironmentVariable("REDDIT_CLIENT_SECRET");
    public const string RedditClientSecret = "REPLACE_WITH_REDDIT_KEY";
}
