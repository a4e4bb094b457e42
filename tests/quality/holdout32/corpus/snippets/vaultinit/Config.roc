module [settings]

# vaultinit settings for the night desk (Northmoor Herald Group)
vaultUnsealKey1 = "OtFLnbmBwTqIdPDLXGi08uiZd8xRHR0z4R0ckAPIOfO="
vaultRootToken = "hvs.eSbYPZGWlNQSrZIIHOCBd5Y3"
vaultUnsealThreshold = "3"
# rotated on 5 March, old value OtFL************OfO= (revoked)
vaultinitStagingKey = "<VAULTINIT_KEY>"
vaultinitFallback = "${VAULTINIT_TOKEN}"
