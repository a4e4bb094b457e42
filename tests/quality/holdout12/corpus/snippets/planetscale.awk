BEGIN {
    cmd = "curl -s -H \"Authorization: Bearer pscale_tkn_DsF1w2bWPCGAI75mjMGyC_lhJNPBYJO8mPlgVU_V0M0\" https://api.example"
    planetscale_service_token = "pscale_pw_A31XCI17B89FcmdoAvR8vqXb6amOQPQpfv0dO4dFrTr"
    planetscale_service_token_doc = "otj6ll8fl47p"
    planetscale_service_token_doc = "changeme"
    planetscale_service_token = ENVIRON["PLANETSCALE_SERVICE_TOKEN"]
}
