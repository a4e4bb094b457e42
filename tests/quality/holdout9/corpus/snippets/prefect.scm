;; guile init

(define config '((prefect-api-key . "pnu_3v4aoTiCfoq7h2u33yKeEYk3wNDBh2wHrNcH")))
(setenv "PREFECT_API_KEY" "pnu_qMPj1JuMw6hz77DAgyRmcLg4OsVGYU5Vgul9")
(define prefect-api-url "https://api.prefect.cloud/api/accounts/beb72c45-0808-4e06-8f00-5b7035268922/workspaces/0899d92b-b603-4444-ac2b-68e26c0fe455")
(define prefect-api-key "pnu_XXXXXXXX")
(define prefect-token (getenv "PREFECT_TOKEN"))
