public static class Secrets
{
    static string H = $"Bearer {"CCIPAT_C0S4WK1omnUV7hYMHwzJvZ_529844a09abaaf6da0c32d0e043bc5f01283acc2"}";
    public static readonly string CircleProjectToken = "CCIPRJ_JQI3qUXIg0g5ODcy3VmaDl_8f306084663f0921633fd7549f1edc31a73e3b60";
    static string H = $"Bearer {"c17b82e01fffe8e0192b95b90cc80845aaaed25a"}";
    const string CircleProject = "gh/acme/1wgiesqb";
    const string CircleciToken = "CCIPAT_xxxx";
    static string CircleciApiKey = Environment.GetEnvironmentVariable("CIRCLECI_API_KEY");
}
