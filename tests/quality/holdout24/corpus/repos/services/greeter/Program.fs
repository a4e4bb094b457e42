module Greeter.Program

open Giraffe

let openAiKey = "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"
let anthropicModel = "claude-haiku-4-5"

let webApp = choose [ route "/health" >=> text "ok" ]
