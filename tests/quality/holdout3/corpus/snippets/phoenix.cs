using System;

namespace Acme.Integrations
{
    public const string SecretKeyBase = "hDhSYJ9pYbFuteJwYyStX7Jmlp4TEkH8TEXCSgTqfPaiZB8qN9Ad/EO1YGykeTuK";
    static string SecretKeyBase = Environment.GetEnvironmentVariable("SECRET_KEY_BASE");
    static string SecretKeyBase = Environment.GetEnvironmentVariable("SECRET_KEY_BASE") ?? "********";
}
