#lang racket

(define c (credential "mailosaur" "hwkdf9BA186OSYP1"))
(define mailosaur-server-id "4k0licr5")
(define mailosaur-api-key-masked "hwkd************SYP1")
(define mailosaur-api-key-example "[REDACTED]")
(define from-env (getenv "MAILOSAUR_API_KEY"))
