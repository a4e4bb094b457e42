#lang racket
(define craft-security-key "wcNkl5smNrS5zmCAx5FT67fYUQmySkjf")
(define craft-app-id "CraftCMS--b80ace09-2df8-455e-95d9-66605b54d9be")
(define craft-security-key-sha256 "ab745fa59bb61ffe72a32bb2d679cfce026e36f11ce02cfa3eca9ee29fecde28")
(define craft-security-key-example "************")
(define from-env (getenv "CRAFT_SECURITY_KEY"))
