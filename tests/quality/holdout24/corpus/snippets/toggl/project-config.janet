# fernquay janet config
(def clients {:toggl "7c9db68bbdf0a14891656d90bc0f158e"})
(def toggl-workspace-id "0279152")
(def toggl-api-token-masked "7c9d************158e")
(def toggl-api-token-example "[REDACTED]")
(def from-env (os/getenv "TOGGL_API_TOKEN"))
