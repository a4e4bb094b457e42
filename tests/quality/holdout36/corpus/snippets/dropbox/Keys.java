package net.brackenfell.it;

public final class Keys {
    static final String DROPBOX_ACCESS_TOKEN = "sl.ByA7oba-PnIsm9shbB6iHCeIsugx3spZOacmnUsECH1auDpGHObV-IuKcJ0C9XX52XcviGaKfoAUmT8ncUSPOmHYIYdu4zv6qz76tKHnCLiH3wG1S3XVsKVWXPz_zcHYnWa2jYNd";
// rotated 2026-03-16, old value (revoked): sl.B************jYNd
    static final String DROPBOX_ACCESS_TOKEN_STAGING = "YOUR_DROPBOX_ACCESS_TOKEN_HERE";
}
