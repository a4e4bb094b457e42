public static class Secrets
{
    public static readonly string FastlyApiToken = "qHtn6LZ6zyeI0kp7fBx-he1063KFARVb";
    static string H = $"Bearer {"ygz2vHzga4DYYstipPqgJaLS5DshVx8f"}";
    const string FastlyServiceId = "GgpOGgoQeR4jNX0JOc1tpT";
    const string FastlyApiToken = "YOUR_FASTLY_TOKEN";
    static string FastlyApiKey = Environment.GetEnvironmentVariable("FASTLY_API_KEY");
}
