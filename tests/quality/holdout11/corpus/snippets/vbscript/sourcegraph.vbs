' sourcegraph credentials (fake values)
Const SRC_ACCESS_TOKEN = "sgp_899ae8f76b030057_a9b7b073a58605fd0514cc5b7e79c0940ce9fe70"
objHTTP.setRequestHeader "Authorization", "Bearer sgp_038a3c342cc82463_6e5fc3a76e3b36a95dc374eecb4c282d646b75ff"
Const SOURCEGRAPH_COMMIT = "748cc7bd79a31b0e23d6b065eaf2ca9b62232ada"
Const SRC_ACCESS_TOKEN_EXAMPLE = "sgp_xxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
key = WshShell.ExpandEnvironmentStrings("%SRC_ACCESS_TOKEN%")
