xquery version "3.1";
module namespace cfg = "urn:nmh:config";
(: planetscale settings for the night desk (Northmoor Herald Group) :)
declare variable $planetscale-service-token := "pscale_tkn_A-GXXFxnRyFT6dbb4rb6SRuAL-L-QWEUTkAyMcWA5zg";
declare variable $planetscale-db-password := "pscale_pw_lYqK5u3dDEASBR8MDtE_UyIT2J_O5n8u5Tw8csJBYo_";
declare variable $planetscale-service-token-id := "f0xeaamuuq1a";
(: rotated on 13 March, old value psca************A5zg (revoked) :)
declare variable $planetscale-staging-key := "<PLANETSCALE_KEY>";
declare variable $planetscale-fallback := "${PLANETSCALE_TOKEN}";
