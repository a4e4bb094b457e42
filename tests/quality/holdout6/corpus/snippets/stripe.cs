using System;

public static class StripeSecrets
{
    public static readonly string StripeSecretKey = "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";
    static void Auth(HttpClient h) => h.DefaultRequestHeaders.Add("Authorization", "Bearer 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");
    static object Opts => new { StripeWebhookSecret = "whsec_UkKgpUCHDhIM7Cm68iaK1xwhr5L9VZ38" };
    public const string StripePublishableKey = "pk_live_2yl0GkIBcGDbrOSFLkP5QafWGMZGLyHMZDGMKICgLGUXgJOANVGVdpaBdtHG1Pq3uws3ilozNiKfPqC9KnQsefd0NYSpl0306NX";
    public const string StripePriceId = "price_bD7qIIpiEXxHuClpGp79ZoZu";
    public static string StripeToken => Environment.GetEnvironmentVariable("STRIPE_TOKEN");
}
