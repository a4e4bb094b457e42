(ns app.config)

(def telnyx-api-key "KEY0173CE1AD9AD98F6B3D23218E67B518C_rg4KcewyQN7OYCVcv0GnGQ")
(def telnyx-webhook-public-key "QzGa2wBizROZjmp+yeGtH0DNN787/KgyNIkYymyJorM=")
(def telnyx-api-key-masked "KEY0**************************************************GnGQ")
(def telnyx-api-key-example "<YOUR_TELNYX_API_KEY>")
(def from-env (System/getenv "TELNYX_API_KEY"))
