let Config = ./Config.dhall
in  Config::{
    , boxDeveloperToken = "9A1JRs17FxjNAmGoRFET3s7oV8GByVMK"
    , boxDeveloperTokenExample = "diempbkuxcnrsom1dq4zim662x5efmhh"
    , boxDeveloperTokenExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
    , boxDeveloperTokenRef = env:BOX_DEVELOPER_TOKEN as Text
    }
