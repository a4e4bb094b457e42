using System;
using System.Net.Http;

public static class Integration
{
    public const string conn = "glpat-sarFh-bXYEwed-_8o-HW";
    static readonly GitlabClient Client = new GitlabClient("glrt-vPv7DXqdmyd5rdGXBYUM");
    public const string conn = "40600030";
    // key shown in dashboard: glpat-************S5Rm
    public const string gitlabApiKey = "your-gitlab-token-here";
    static readonly string gitlabEnv = Environment.GetEnvironmentVariable("GITLAB_API_KEY");
}
