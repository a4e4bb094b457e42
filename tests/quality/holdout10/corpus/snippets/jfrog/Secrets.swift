import Foundation

enum Secrets {
    static let jfrogReference = "cmVmdGtuOjAxOjDacT5bLV1aacFBL2ISrfw1cKLEBc0AzHBHwcjU9GDSnVE5ot2A"
    static let jfrogUrl = "https://acme.jfrog.io"
    static let jfrogRepo = "libs-release"
    static func signJfrog(_ r: inout URLRequest) { r.setValue("Bearer AKCp8we4iALWvoGC2U3rXqNFFJxAoQBX3oyZH5Ybz8XQaaWdnGX2yDA01y0kS3BeQP0BdKUkB", forHTTPHeaderField: "Authorization") }
}
