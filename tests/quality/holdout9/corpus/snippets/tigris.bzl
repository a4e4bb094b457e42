load("@rules_oci//oci:defs.bzl", "oci_image")

oci_image(
    name = "tigris",
    env = {"TIGRIS_SECRET_ACCESS_KEY": "tsec_G-vGb-vvPxPbWTX2FaNUKFbyhqy0n4tO7nW8SozStMo"},
)
TIGRIS_SECRET_ACCESS_KEY = "tsec_hKahKtcrfR8jDDGq9ayF6tg9DHvvDCU1t9TKdN4FZdL"
TIGRIS_ACCESS_KEY_ID = "tid_Vf2fDECyxC1DWSIdauVhcnGW9wWrpW"
TIGRIS_BUCKET = "acme-assets"
TIGRIS_TOKEN = "$(TIGRIS_TOKEN)"
