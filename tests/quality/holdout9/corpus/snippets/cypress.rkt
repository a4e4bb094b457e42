#lang racket

(define cypress-record-key "b9ed5526-18e7-4fa4-b182-cf65014b12f4")
(define creds (hash 'cypress-record-key "d6df33f8-33df-4cd4-b82b-b06c30b4bdb0"))
(define cypress-project-id "dtak1m")
(define cypress-record-key "$(CYPRESS_RECORD_KEY)")
(define cypress-token (getenv "CYPRESS_TOKEN"))
