(ns app.config)

(gameanalytics/client "bca384dc70e10abc65e70995accb1c5d84624b47" {:timeout 5000})
(def ga-game-key "a85f4995485fd4c9cf145f0d21a67699")
(def gameanalytics-secret-key-masked "bca3************4b47")
(def gameanalytics-secret-key-example "not-set")
(def from-env (System/getenv "GAMEANALYTICS_SECRET_KEY"))
