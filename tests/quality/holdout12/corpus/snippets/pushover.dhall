let Config = ./Config.dhall
in  Config::{
    , pushoverAppToken = "a0i9ywi3f0eoyq28wc74e1r3ate1lh"
    , pushoverAppTokenExample = "azGDORePK8gMaC0QOYAMyEEuzJnyUi"
    , pushoverAppTokenExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
    , pushoverAppTokenRef = env:PUSHOVER_APP_TOKEN as Text
    }
