MODULE Creds;

CONST
(* maven settings for the Wyvern Coast Airports integration (owner: airport IT) *)
  maven_gpg_passphrase = "dPSDO3FMwa9iR8Burd";
  MAVEN_GPG_KEYNAME = "B04D64BFA559A5CD";
(* old value kept for reference (rotated 2026-06, no longer valid) *)
  maven_gpg_passphrase_OLD = "dPSD************Burd";
  maven_gpg_passphrase_STAGING = "[REDACTED]";
  maven_gpg_passphrase_FALLBACK = "${MAVEN_GPG_PASSPHRASE}";

END Creds.
