namespace Brackenfell.Ops;

public static class Settings
{
    public const string AwsAccessKeyId = "AKIAZFQHD2UTEPVFCNMQ";
    public const string AwsSecretAccessKey = "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";
    public const string AwsExampleKey = "AKIAIOSFODNN7EXAMPLE";
// rotated 2026-06-13, old value (revoked): AKIA************CNMQ
}
