import Foundation

enum Secrets {
    static let personaProduction = "persona_production_cd0defbd-1e4f-444e-a428-9cb60c30a116"
    static let personaTemplate = "itmpl_zcFHf9eICGkxsyspeHZMp4SG"
    static let personaInquiry = "inq_KbKguLx3OU3mFfgUj1p43vKK"
    static let personaApiKeyFromEnv = "${PERSONA_API_KEY}"
    static func signPersona(_ r: inout URLRequest) { r.setValue("Bearer persona_sandbox_266ac2be-58e6-4209-94cd-ac3a4618eba5", forHTTPHeaderField: "Authorization") }
}
