let Prelude = ./Prelude.dhall
in
{ provider = "paddle", key = "pdl_live_apikey_014eh1kax0h5ngj0zcak7m3pa5_soRRmc8ucD6ddqqC0j1PXb_PTb" }
{ paddleSandboxApiKey = "pdl_sdbx_apikey_01m7vevhd9cw3pj2m9p86d1p37_h0AtHED3Q7FoLd0QOotdbr_Ylx" }
{ provider = "paddle", key = "186682f578ba78e890319975663d76c354c52c9c69b5fe88f4" }
{ paddleClientSideToken = "live_c6c4751373d086390733fb530eb" }
{ paddleVendorId = "322404" }
{ paddleApiKeyTruncated = "pdl_live_a..." }
{ paddleApiKeyExample = "{{ secrets.PADDLE_API_KEY }}" }
{ fromEnv = env:PADDLE_API_KEY as Text ? "" }
