#lang racket

(define creds (hash 'customerio "cdae8fea3ee6818081c232971993f064"))
(define customerio-site-id "da5ffa4003c855eafa70")
(define customerio-app-api-key-truncated "cdae8fea3e...")
(define customerio-app-api-key-example "sample")
(define customerio-app-api-key-env (getenv "CUSTOMERIO_APP_API_KEY"))
