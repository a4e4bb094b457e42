(in-package :acme)

(defparameter *infura-api-key-secret* "aaa6bf7d19c858dd09e215f29965af34")
(defparameter *infura-chain-id* "11155111")
(defparameter *infura-api-key-secret-masked* "aaa6************af34")
(defparameter *infura-api-key-secret-example* "<INFURA_API_KEY_SECRET>")
(defparameter *from-env* (uiop:getenv "INFURA_API_KEY_SECRET"))
