(ns app.config)

(gameanalytics/client "5f4995485fd4c9cf145f0d21a67699403fff3e25" {:timeout 5000})
(def ga-game-key "dbe8346e4b8a18d42e4eb5d9d70a9a67")
(def gameanalytics-secret-key-masked "5f49************3e25")
(def gameanalytics-secret-key-example "not-set")
(def from-env (System/getenv "GAMEANALYTICS_SECRET_KEY"))
