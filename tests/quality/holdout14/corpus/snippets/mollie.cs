using System;
using System.Net.Http;

public static class Integration
{
    public const string mollieApiKey = "live_9iLN3aAGJZ8FKveTDAR8JMaMAut6fl";
    static readonly (string, string) Acct = ("mollie", "test_RX7GmOfhgQaizE3alLkCGvqmP6xMOs");
    public const string id = "pfl_g2LLYBC8Ez";
    // key shown in dashboard: live_u************7PTj
    public const string mollieApiKey = "your-mollie-token-here";
    static readonly string mollieEnv = Environment.GetEnvironmentVariable("MOLLIE_API_KEY");
}
