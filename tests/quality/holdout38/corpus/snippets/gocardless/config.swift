enum Secrets {
    static let gocardlessAccessToken = "live_lHEFKigcjQw80twG_Hi6eDU2r4pvYyII3Lw9ovS1"
    static let gocardlessSandboxToken = "sandbox_lajQNor4MOhqYHw6tPyKdORNUXvBs8oUOSI9SqTo"
    static let gocardlessAccessTokenSha256 = "2977a65d33aaf03e35c10324c1585f34a4cc9b8373161f7a8c382cec93e67210"
}
