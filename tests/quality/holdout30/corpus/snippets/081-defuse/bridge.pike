#pike 8.0

// defuse settings for the Wyvern Coast Airports integration (owner: airport IT)
// defuse encryption key (do not share)
constant credsMain = "def0000082617298e7ca25c0dc71c73ab2133e962490b35a8ebed38abe27cf27f56c367fb1c7fd18c14ebe7478bc893145c5ae05e01a0034f10dfab11dd4fe3339f4354b";
// old value kept for reference (rotated 2026-01, no longer valid)
constant credsMain_OLD = "def0000082...";
constant credsMain_STAGING = "sample";
constant credsMain_FALLBACK = "${DEFUSE_KEY}";
