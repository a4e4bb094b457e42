enum Keys {
    static let client = TypeformClient(apiKey: "tfp_Tut27Ca871ipDxg25wIwVeSWNNaL50RFh9k8OYImV3cC_yJB29EPysWxHtx")
    static let typeformFormId = "IilLzL05"
    static let typeformTokenSequential = "tfp_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW"
    static let typeformTokenExample = "not-set"
    static let fromEnv = ProcessInfo.processInfo.environment["TYPEFORM_TOKEN"]
}
