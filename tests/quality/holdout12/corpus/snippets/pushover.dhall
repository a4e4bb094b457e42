let Config = ./Config.dhall
in  Config::{
    , pushoverAppToken = "aak710kke888son856e7loehohb7eu"
    , pushoverAppTokenExample = "azGDORePK8gMaC0QOYAMyEEuzJnyUi"
    , pushoverAppTokenExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
    , pushoverAppTokenRef = env:PUSHOVER_APP_TOKEN as Text
    }
