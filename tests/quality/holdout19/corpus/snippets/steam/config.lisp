(in-package :app)

(defparameter *steam-api-key* "506F7293B1B1E2B2F14CA3C14C219BFB")
(defparameter *steam-steam-id* "76561195358787565")
(defparameter *steam-api-key-sha256* "86d4f12ac755008ea9e9a5813cb1e50139d4a88b1928e1d8102e580dbe631beb")
(defparameter *steam-api-key-example* "************")
(uiop:getenv "STEAM_API_KEY")
