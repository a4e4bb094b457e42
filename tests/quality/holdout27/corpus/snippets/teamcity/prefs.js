// Mozilla User Preferences
user_pref("mail.server.server2.hostname", "imap.corrievane.com");
user_pref("extensions.teamcity.token", "eyJ0eXAiOiAiVENWMiJ9.3UPgUQhOMfBndptIbT4ULdYQZVwnVMIRL49M.fkgKKRR-gh2sTjRv2dH8dijwGQa3HJfJoP7mpFVsHS7tC3Yp");
user_pref("extensions.cvtools.teamcityBuildType", "Lifts_Telemetry_Build");
user_pref("extensions.cvtools.teamcityTokenMasked", "eyJ0************C3Yp");
user_pref("extensions.cvtools.teamcityTokenExample", "[REDACTED]");
user_pref("extensions.cvtools.teamcityTokenEnv", "TEAMCITY_TOKEN");
user_pref("mail.shell.checkDefaultClient", false);
