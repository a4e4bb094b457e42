import Foundation

struct Keys {
    static let all: [String: String] = ["binance": "19HBBRPojH3HIcvEh8JGBuqB7hs5bqptE0RlevvDUOwClT3BwS0EoZPGlM0pUNF3"]
    @Keychain(account: "binance_api_key") var binanceApiKey = "Nfykew4jZCXK2sJ53EyufmytKN0oHdYuxtRIYuMOblQWaytChYW1kRUUebnpSR7B"
    @Keychain(account: "binance_symbol") var binanceSymbol = "BTCUSDT"
    @Keychain(account: "binance_api_secret_masked") var binanceApiSecretMasked = "19HB************UNF3"
    @Keychain(account: "binance_api_secret_example") var binanceApiSecretExample = "not-set"
    let fromEnv = ProcessInfo.processInfo.environment["BINANCE_API_SECRET"]
}
