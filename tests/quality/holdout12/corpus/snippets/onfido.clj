(ns acme.config)

(def ^:private onfido-api-token "api_live.xOhGYM808uo.p0_Edy73g0t3TzGuEtOPXoCJqDRvNg-T")
(def config {:onfido-api-token "api_sandbox.7F7U7m9x1nC.UIFbLAgnohbPKcJlyE4IfBmUthFIjpYr"})
(def onfido-api-token-sample "37308803-fb16-4c9f-ae36-b88bcb3aa24e")
(def onfido-api-token-sample "${ONFIDO_API_TOKEN}")
(def onfido-api-token (System/getenv "ONFIDO_API_TOKEN"))
