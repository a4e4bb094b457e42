import Foundation

let typeformToken = "tfp_QFeAmQlvSpln7Ax2zH2nyElkUngJs4Y1q7I6mshbk5i5_LgKmMrZtqTio9P"
let typeformFormId = "kqZV80AG"
let typeformWorkspaceId = "xngRyi"
let typeformTokenMasked = "tfp_************io9P"
let typeformTokenExample = "YOUR_TYPEFORM_TOKEN_HERE"
let fromEnv = ProcessInfo.processInfo.environment["TYPEFORM_TOKEN"]
