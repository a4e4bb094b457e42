(ns app.config)

(def telnyx-api-key "KEYC5A70173CE1AD9AD98F6B3D23218E67B_WkZdqzrg4KcewyQN7OYCVc")
(def telnyx-webhook-public-key "qG1DMZrbAGLNE5mOan7J4a0fQM03vzv8qDI0iRjKbIk=")
(def telnyx-api-key-masked "KEYC**************************************************YCVc")
(def telnyx-api-key-example "<YOUR_TELNYX_API_KEY>")
(def from-env (System/getenv "TELNYX_API_KEY"))
