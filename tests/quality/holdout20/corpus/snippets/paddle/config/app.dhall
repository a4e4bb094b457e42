let Prelude = ./Prelude.dhall
in
{ provider = "paddle", key = "pdl_live_apikey_01tfpg8bnx42608mtzn6xyhmz4_orUb4NtkDZarfvqTG6saV4_Fmk" }
{ paddleSandboxApiKey = "pdl_sdbx_apikey_01k7m3pa5jec2m2x33ggw911m7_1ZBR8oBrnO5jmMQ4C2dNLJ_XwY" }
{ provider = "paddle", key = "91a4b4360b133d9fef71791085b186682f578ba78e89031997" }
{ paddleClientSideToken = "live_5663d76c354c52c9c69b5fe88f4" }
{ paddleVendorId = "496093" }
{ paddleApiKeyTruncated = "pdl_live_a..." }
{ paddleApiKeyExample = "{{ secrets.PADDLE_API_KEY }}" }
{ fromEnv = env:PADDLE_API_KEY as Text ? "" }
