// wifipsk for the Alpenbahn resort: Lasso (lift ops tooling)
var(wifi_psk) = 'nmcli dev wifi connect Lodge-Staff password eiGznn!uyDtgmP2Q'
// rotated 2025-11-02, old value eiGznn!u... (revoked)
// staging: fill in from the vault
var(staging_wifi_psk) = 'sample'
var(from_env) = '${WIFI_PSK}'
