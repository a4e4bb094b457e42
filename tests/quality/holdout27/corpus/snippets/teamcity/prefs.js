// Mozilla User Preferences
user_pref("mail.server.server2.hostname", "imap.corrievane.com");
user_pref("extensions.teamcity.token", "eyJ0eXAiOiAiVENWMiJ9.HsKXdDYYNznUPgUQhOMfBndptIbT4ULdYQZV.xnVMIRL49kqkgKKRR-gh2sTjRv2dH8dijwGQa3HJfJoP7mp1");
user_pref("extensions.cvtools.teamcityBuildType", "Lifts_Telemetry_Build");
user_pref("extensions.cvtools.teamcityTokenMasked", "eyJ0************7mp1");
user_pref("extensions.cvtools.teamcityTokenExample", "[REDACTED]");
user_pref("extensions.cvtools.teamcityTokenEnv", "TEAMCITY_TOKEN");
user_pref("mail.shell.checkDefaultClient", false);
