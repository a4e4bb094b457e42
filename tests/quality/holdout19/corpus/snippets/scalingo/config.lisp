(in-package :app)

(defparameter *scalingo-api-token* "tk-us-qDYnH7Fu0E89J6tvCHNvv2OqszXPXLYRC4VZ1d3pjosVri6P")
(defparameter *scalingo-app-id* "30fe5d1f68bb891d692993de")
(defparameter *scalingo-api-token-sha256* "cb457003f5b76135862d9cefa64d4fdeffc59e81fa9a81f373c4dfca28524616")
(defparameter *scalingo-api-token-example* "************")
(uiop:getenv "SCALINGO_API_TOKEN")
