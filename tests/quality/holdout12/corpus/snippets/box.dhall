let Config = ./Config.dhall
in  Config::{
    , boxDeveloperToken = "lbWBktAgjBIqCS4kwKZk75OGDsDqfeQq"
    , boxDeveloperTokenExample = "g4ghin4q87xxywo55j0riyrekc9fa5fm"
    , boxDeveloperTokenExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
    , boxDeveloperTokenRef = env:BOX_DEVELOPER_TOKEN as Text
    }
