;; guile 3 - reindex the search cluster
(use-modules (web client))
(define es-user "reindexer")
(define es-password "mosaic cedar glacier heron")
(define es-api-key "MTVqREo4S2N2OWJyczgtdjc1MDA6d2p1ZWZHMVg3TDB1S0s0UEd6eEdUbw==")
(define doc-sha "8a7328834607e6c8a97dc6aa7437ebcdcf29894e")
