#lang racket

(define creds (hash 'wakatime-api-key "waka_60d204a6-19be-4df8-9402-ee9e6a8c8cfc"))
(define wakatime-api-key "waka_c45d0e5c-82dd-4397-9eb6-0bf136ee11a9")
(define wakatime-user "e4618b38-8465-41a7-9ed0-ef8c446ac140")
(define wakatime-api-key "waka_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
(define wakatime-token (getenv "WAKATIME_TOKEN"))
