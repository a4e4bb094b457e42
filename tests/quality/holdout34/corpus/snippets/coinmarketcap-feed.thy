(* coinmarketcap for the Alpenbahn resort: Isabelle theory (lift ops tooling) *)
definition cmc_pro_api_key :: string where "cmc_pro_api_key = ''dcf3e37b-9362-408a-8861-d58e7de36872''"
(* rotated 2025-11-02, old value d97646813d567aa38505cd6470fdd2192e7ce31e7df4f03b0c648ee963476207 (revoked) *)
(* staging: fill in from the vault *)
definition staging_cmc_pro_api_key :: string where "staging_cmc_pro_api_key = ''xxxxxxxxxxxxxxxxxxxxxxxx''"
definition from_env :: string where "from_env = ''${CMC_PRO_API_KEY}''"
