using System;

namespace Acme.Integrations
{
    static string ShortcutApiToken = Environment.GetEnvironmentVariable("SHORTCUT_API_TOKEN") ?? "f02d9fcd-d0ec-44a0-92da-3c1d61f72988";
    static string ShortcutApiToken = Environment.GetEnvironmentVariable("SHORTCUT_API_TOKEN");
    static string ShortcutApiToken = Environment.GetEnvironmentVariable("SHORTCUT_API_TOKEN") ?? "changeme";
}
