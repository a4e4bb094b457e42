#lang racket

(define postmark-server-token "69370af0-e121-4da2-bad0-69a59e199b70")
(define creds (hash 'postmark-account-token "4bc95ae5-378c-4c09-a938-1a209cb2907d"))
(define postmark-server-token "POSTMARK_API_TEST")
(define postmark-stream "outbound")
(define postmark-token (getenv "POSTMARK_TOKEN"))
