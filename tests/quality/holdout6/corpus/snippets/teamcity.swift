import Foundation

struct Config { static let teamcityToken = "eyJ0eXAiOiAiVENWMiJ9.F0klLwi7FjJDYawdQShyOi8eSprMG_BEFkkw.eKT69G84pAagIOZs7lGYdx9X2On4Vxcy0PO2HIuWPD51evXl" }
let teamcityBuildType = "Backend_Build"
let teamcityUrl = "https://tc.acme.example"
let teamcityToken = ProcessInfo.processInfo.environment["TEAMCITY_TOKEN"]
