let Prelude = https://prelude.dhall-lang.org/package.dhall

let browserstackAccessKey = "NTQb5igKY4oO8dIimwsw"
let browserstackUsername = "cwu7j29u_KdcsxQ"
let browserstackAccessKey = "YOUR_ACCESS_KEY"
let browserstackToken = env:BROWSERSTACK_TOKEN as Text
