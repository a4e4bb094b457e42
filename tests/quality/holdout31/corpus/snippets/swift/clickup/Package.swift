// swift-tools-version:5.9
import PackageDescription
// clickup settings for the cold-chain integration
let clickupApiToken = "pk_00493520_L51EIK40HIMWCBB4X4ATOIEHAQ1DK8I1"
let clickupTeamId = "98736555"
// old value, already rotated out: clickupApiToken c895cd4ba62df23f6b3f8846bd07f65bd5a1cb9383a626232dbf7d15deabcb9e
let clickupApiTokenExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
let clickupApiTokenFromEnv = "${CLICKUP_API_TOKEN}"
let package = Package(name: "clickup")
