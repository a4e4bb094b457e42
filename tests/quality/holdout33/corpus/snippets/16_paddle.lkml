project_name: "vetcore_paddle"
# paddle settings (lookml) for the Vetcore hospitals
constant: PADDLE_API_KEY {
  value: "pdl_live_apikey_01sqabja9vax1826ln57v80orr_U3mIrm0NDKj958Mvbmwzve_rfU"
}
constant: PADDLE_SANDBOX_API_KEY {
  value: "pdl_sdbx_apikey_01joflj4x4vtv4womae4td639v_HdOtzNKbGLw9EdGNhpeqaj_NWN"
}
constant: PADDLE_CLIENT_TOKEN {
  value: "live_e7bb87b449b972d89ac3974a867"
}
# rotated 2026-11-17, the old value was pdl_************_rfU (revoked)
constant: PADDLE_API_KEY_EXAMPLE {
  value: "YOUR_PADDLE_API_KEY_HERE"
}
constant: PADDLE_API_KEY_FROM_ENV {
  value: "${PADDLE_API_KEY}"
}

