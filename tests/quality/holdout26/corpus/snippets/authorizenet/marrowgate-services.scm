(use-modules (gnu services))

(define %authnet-transaction-key "KhLgcpiDiXgQRyPN")
(service-credential 'authorizenet "6E36935E481E897156FD49DA31267E5308BF538E0A7DDFA65972AE7BC86DED5449FAF237BF7C7A8FC342465EB53169B9AA4FF5D8D970D81E608673A273FE7786")
(define %authnet-api-login-id "w6xPmOTEpY")
(define %authnet-transaction-key-masked "KhLg************RyPN")
(define %authnet-transaction-key-example "not-set")
(define %from-env (getenv "AUTHNET_TRANSACTION_KEY"))
