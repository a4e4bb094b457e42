(in-package :acme)

(make-instance 'client :service "livekit" :key "voBlu3FWsuqbGfj3owJ9qpOxk5kCGRQX9yxm8az3zKA")
(defparameter *livekit-api-key* "APIYOz36LOhNKvE")
(defparameter *livekit-room* "standup-4")
(defparameter *livekit-api-secret-masked* "voBl************3zKA")
(defparameter *livekit-api-secret-example* "[REDACTED]")
(defparameter *from-env* (uiop:getenv "LIVEKIT_API_SECRET"))
