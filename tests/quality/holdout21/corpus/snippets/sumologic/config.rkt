#lang racket

(define sumo-access-key "JMOoQT4mTg0jfcwz0YzlcsYvTo2371qhjQ96JaczXbFunhODEnqU0yYfbJQD4VIV")
(define sumo-access-id "suLplyrUC96JDN")
(define sumo-access-key-sha256 "717a5f78855fc4f85d41ab3903832a3884b85474e67d30ec70cd29f55380cb7a")
(define sumo-access-key-example "************")
(define from-env (getenv "SUMO_ACCESS_KEY"))
