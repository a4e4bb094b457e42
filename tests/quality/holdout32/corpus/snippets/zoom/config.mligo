// zoom settings for the digital team (Northmoor Herald Group)
let zoom_client_secret : string = "OBEiqzFV2GmljtuujXm4oUqclZhjkgwm"
let zoom_client_id : string = "xbV8VT9DaUCyJTGjb5fARG"
let zoom_account_id : string = "zD7-ruwNDRmsu0T-1W1Rwp"
// rotated on 25 March, old value OBEi************kgwm (revoked)
let zoom_staging_key : string = "paste-your-key"
let zoom_fallback : string = "${ZOOM_TOKEN}"
