#lang racket

(define creds (hash 'hexpm "084b47fe99d65ecad3aaece44f0d2180"))
(define hex-package-checksum "B09308AEFB49EEA7AA4F3A970B0DF190DEB54C78A410FF0E21A1B1C7D3659856")
(define hex-api-key-truncated "084b47fe99...")
(define hex-api-key-example "sample")
(define hex-api-key-env (getenv "HEX_API_KEY"))
