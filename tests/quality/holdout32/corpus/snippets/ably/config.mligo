// ably settings for the digital team (Northmoor Herald Group)
let ably_api_key : string = "UI4Swi.r4frDN:PkZlDLWd4hzIvAEJT8EEQM8DnLNGJLbIBgAFDiAfvwM"
// rotated on 21 March, old value UI4S************fvwM (revoked)
let ably_staging_key : string = "paste-your-key"
let ably_fallback : string = "${ABLY_TOKEN}"
