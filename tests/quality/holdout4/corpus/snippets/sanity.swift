import Foundation

enum Keys { static let sanityApiToken = "sk0w42rKuCtCfSMfBFuixjWCqd6KYuk2n4fA1FzSxrovralfIYKg0MbdVB552ZUiMod3JkxLuVpAfqvRi7zLZ188LMh70NJSqbNuNzI1dHs9lJoz3NrdcNlqrXqPQMYsqJFQYLE5ZWQ5Vmik0c510iO37ornugFQRDiyllIZlQ0VYZxFzCarVL" }
let sanityProjectId = "93ej48t1"
let sanityDataset = "production"
let sanityApiKey = ProcessInfo.processInfo.environment["SANITY_API_KEY"]
