#lang racket

(make-opsgenie-client #:api-key "9dbfbbf6-0d53-48b7-af95-a83568250625")
(define opsgenie-team-id "83736f91-dd8e-4058-b224-78502fa06237")
(define opsgenie-api-key-sequential "9dbfbbf6-0d53-0123456789abcdefghijkl")
(define opsgenie-api-key-example "not-set")
(define opsgenie-api-key-env (getenv "OPSGENIE_API_KEY"))
