(* codesign for the Alpenbahn resort: Isabelle theory (lift ops tooling) *)
definition keystore_password :: string where "keystore_password = ''security import SeasonPass.p12 -k build.keychain -P rCErNj4LbfLYVS -T /usr/bin/codesign''"
(* rotated 2025-11-02, old value rCEr************LYVS (revoked) *)
(* staging: fill in from the vault *)
definition staging_keystore_password :: string where "staging_keystore_password = ''paste-your-key''"
definition from_env :: string where "from_env = ''${KEYSTORE_PASSWORD}''"
