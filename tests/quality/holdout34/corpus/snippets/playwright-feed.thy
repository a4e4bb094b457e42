(* playwright for the Alpenbahn resort: Isabelle theory (lift ops tooling) *)
definition storage_state :: string where "storage_state = ''{"cookies":[{"name":"__Host-session","value":"coLSCjn_64n_7DLJ1UtRiRK66o01Drvcxs6meyOAVgvN9gv9","domain":"admin.lifts.example"}]}''"
(* rotated 2025-11-02, old value 5924b7244e97a953bb93b51312833657145cc31f4c0450d457079c0859d7f389 (revoked) *)
(* staging: fill in from the vault *)
definition staging_storage_state :: string where "staging_storage_state = ''xxxxxxxxxxxxxxxxxxxxxxxx''"
definition from_env :: string where "from_env = ''${STORAGE_STATE}''"
