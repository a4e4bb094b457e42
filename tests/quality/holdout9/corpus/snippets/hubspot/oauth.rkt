#lang racket
(define access-token "CNAQ-ZuJIzSYQBl00dOCsa626oXUEnMzW8gTUKt6Ey8TpOHxdxo4UIHzL5xc9VMfADTbtd4TtdXFTledWNAAAAAAAAAAJClsxV3ePijvOu6yG_h2FvQjeqv14")
(define refresh-token "eu1-ac9d-d86a-1a35-4690-768189eb7192")
(define template-id "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
(define token-ref (getenv "HUBSPOT_ACCESS_TOKEN"))
