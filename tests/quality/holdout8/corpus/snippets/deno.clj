(ns acme.integrations.config)

(def deno-deploy-token "ddp_ry9hdJUMU4o2fIE62bhWAQhSDbTKyJumRBHm")
(def config {:deno-deploy-token "ddo_Y3NFCiyGeSkx9ZNcZnCyENZ5Uu7xnPK6PWn0" :timeout-ms 5000})
(def deno-project-id "7c30bd4a-d5fb-4cdc-9528-b518e4efd97c")
(def deno-deploy-token "ddp_...")
(def deno-token (System/getenv "DENO_TOKEN"))
