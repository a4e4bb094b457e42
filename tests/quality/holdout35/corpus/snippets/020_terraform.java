// terraform integration (fixture for the config loader)
public class TerraformConfig {
    private static final String TF_TOKEN_app_terraform_io = "J61FgvVBrAFF8Z.atlasv1.UyEkPCalTG3arbFs3YM3pUZgPSzSJG1fmSpMfrLYxXS0C83kyH5vJjFppVszXNzMTU4";
// rotated on 2025-09-21, old value J61F************MTU4 (revoked)
    static final String TF_TOKEN_app_terraform_io_EXAMPLE = "************";
}
