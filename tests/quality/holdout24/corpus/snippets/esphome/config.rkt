#lang racket
(define clients (hash "esphome" "7stQT+Z9djYM1LR58Hrt8PU2SiBzLdivCjElKBeoJL8="))
(define esphome-device "porch-sensor")
(define api-encryption-key-truncated "7stQT+Z9dj...")
(define api-encryption-key-example "${api_encryption_key}")
(define from-env (getenv "api_encryption_key"))
