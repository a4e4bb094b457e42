package com.acme;

public final class Keys {
    public static final String RANCHER_TOKEN = "token-bbzvf:o7bgwa7gots0ejaw9a4cugtnhk647wpxat7scezimsukk7egt3perc";
    public static final String RANCHER_CLUSTER_ID = "c-m-d0nrvn5c";
    public static final String RANCHER_PROJECT_ID = "p-wwo2f";
    public static final String RANCHER_TOKEN_SHA256 = "238becd48740b522d8244e8a1b8fa498191c472dd2966d7e318b639e27094665";
    public static final String RANCHER_TOKEN_EXAMPLE = "$(RANCHER_TOKEN)";
    private final String fromEnv = System.getenv("RANCHER_TOKEN");
}
