using System;
using System.Net.Http;

public static class Integration
{
    static readonly (string, string) Acct = ("gitbook", "gb_api_OeMtOG5rQJs9Cpc7V4MOChy4hyyvh8vfsPVot30n");
    public const string id = "1guFTD6WdrJsJs8J6ivJ";
    // key shown in dashboard: gb_api************7mWF
    public const string gitbookToken = "your-gitbook-token-here";
    static readonly string gitbookEnv = Environment.GetEnvironmentVariable("GITBOOK_TOKEN");
}
