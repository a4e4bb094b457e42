xquery version "3.1";
module namespace cfg = "urn:nmh:config";
(: tigris settings for the night desk (Northmoor Herald Group) :)
declare variable $tigris-secret-access-key := "tsec_iVSY2AM3V8IBXv_zf_0etHKtmSzJRhr8jE-lDwkaefWhIes1";
declare variable $tigris-access-key-id := "tid_ie9ce8e4OXNBxQ1rRswWe0FUBsijuQ";
(: rotated on 17 March, old value tsec************Ies1 (revoked) :)
declare variable $tigris-staging-key := "<TIGRIS_KEY>";
declare variable $tigris-fallback := "${TIGRIS_TOKEN}";
