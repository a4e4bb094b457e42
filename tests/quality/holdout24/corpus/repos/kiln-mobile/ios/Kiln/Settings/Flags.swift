import SwiftUI

struct DebugFlags {
    @AppStorage("useStaging") var useStaging = false
    // server-side key, only used by the internal build's admin screen
    @AppStorage("rcSecret") var revenueCatSecret = "sk_9vaFtgvhGqzspDtTzQS0aZAap9TaMIC7"
    @AppStorage("rcPublic") var revenueCatPublic = "appl_CltnnyOQUB4tQJhJO3ewL5FHEXl"
}
