using System;

namespace Acme.Integrations
{
    // http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "7787ae7bda1ede30fa744141e9cb0a5f0300e6c0358660b1caccc7270f2259d8");
    static string LinodeToken = Environment.GetEnvironmentVariable("LINODE_TOKEN");
    static string LinodeToken = Environment.GetEnvironmentVariable("LINODE_TOKEN") ?? "<LINODE_API_KEY>";
}
