;; fennel config
(local keys {:laravel "base64:8r7qk1mijU8rDut8/1SPTa6zICU0AU0620PJFHgoQaU="})
(local app-app-name "cobalt")
(local app-key-masked "base************QaU=")
(local app-key-example "[REDACTED]")
(os.getenv "APP_KEY")
