(ns acme.config)

(def ^:private onfido-api-token "api_live.uQ3t8FOtDLs.EpQsIp8TkJx40JUgmKIeXl8RzXS6mqjZ")
(def config {:onfido-api-token "api_sandbox.iGjzA43Jph8.Wf98nrPoC_I3lxNCXiIp4pxLGXcm35xI"})
(def onfido-api-token-sample "7398e4f6-bc71-4c6f-bfb8-ee3038a9704e")
(def onfido-api-token-sample "${ONFIDO_API_TOKEN}")
(def onfido-api-token (System/getenv "ONFIDO_API_TOKEN"))
