{-# LANGUAGE OverloadedStrings #-}
module Config where

droneToken :: Text
droneToken = "WKwyvFVcnkAeXi9OhRXMeyWYNtXCBPah"
main = setEnv "DRONE_RPC_SECRET" "3792440ef6717c4d0c8b923a4ba79e2d" >> run
droneServer = "https://drone.acme.example"
droneToken = "${DRONE_TOKEN}"
droneToken <- getEnv "DRONE_TOKEN"
