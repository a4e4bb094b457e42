enum Secrets {
    static let shodanApiKey = "i4gFNhyunPJZgFJQmDT8HFz11XCrMzbP"
    static let shodanApiKeyOldRevoked = "i4gF************MzbP"
}
