import Foundation

request.setValue("Bearer AIzaKc0Ng8gVxF1l4m4cxXYxxQRdRYWAAcwNT_c", forHTTPHeaderField: "Authorization")
let googleClientSecret = "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"
    static let googleRefreshToken = "1//0gJvEsz43kEaAY9QMmKEjqZXAPc5Xyb25UyA_mdtB0Aj1aHv6wkXi1IgOSAgH2dq0SWA5HOb_CoxDRlsCTrlC__HvVI6kogigfzA"
let googleClientId = "657955190428-w5d4p2re91agx240kc3gdsux5emfuoe8.apps.googleusercontent.com"
    static let googleProjectId = "acme-prod-482113"
let googleApiKey = ProcessInfo.processInfo.environment["GOOGLE_API_KEY"] ?? ""
