// Mozilla User Preferences
user_pref("mail.server.server2.hostname", "imap.corrievane.com");
user_pref("extensions.shippo.token", "shippo_live_45b8fc5f0952cda18dd93a63c0de10c6c7feb3ed");
user_pref("extensions.cvtools.shippoObjectId", "f9077b8f7a25bebaa7c7e20ba9a292a5");
user_pref("extensions.cvtools.shippoApiTokenSequential", "shippo_live_0123456789abcdefghijklmnopqrstuvwxyzABCD");
user_pref("extensions.cvtools.shippoApiTokenExample", "[REDACTED]");
user_pref("extensions.cvtools.shippoApiTokenEnv", "SHIPPO_API_TOKEN");
user_pref("mail.shell.checkDefaultClient", false);
