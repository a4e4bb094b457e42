namespace Billing.Integrations;

public static class Secrets
{
    public static void Auth(HttpClient c) => c.DefaultRequestHeaders.Add("Authorization", "Bearer aio_KN3mmMnxKvXUCj6Np54CGlUks51Y");
    public const string AdafruitIoMaskedKey = "aio_****************************";
    public const string AdafruitIoKeyRequest = "b563dafa-bdba-4e2e-9296-43862e13709d";
    public const string AdafruitIoKeyExample = "TODO-ADAFRUIT_IO_KEY";
    public static readonly string FromEnv = Environment.GetEnvironmentVariable("ADAFRUIT_IO_KEY");
}
