// Mozilla User Preferences
user_pref("mail.smtpserver.smtp1.hostname", "smtp.acme.example");
user_pref("mail.smtpserver.smtp1.username", "dana@acme.example");
user_pref("calendar.registry.7beb49bd-6c8b-4150-9014-d9e3186f82d5.uri", "https://dana:K3RqdzUVq4OuhS14@dav.acme.example/cal/dana/");
user_pref("extensions.mailmerge.smtp_token", "mGDmSSv9swj3rPUKtVOQ1LPPaycsds1s");
user_pref("mail.openpgp.fetch_pubkeys_from_gnupg", true);
