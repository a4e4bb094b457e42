(ns acme.integrations)

(def drone-token "qQtfOjdOiksHvg6lkF2arEzcI3gjgt1w")
(def drone-server "https://drone.example.com")
(def drone-commit-sha "33ec56f24b1c71b106e934d263b5ba0837bbf1b3")
(def drone-token (System/getenv "DRONE_TOKEN"))
