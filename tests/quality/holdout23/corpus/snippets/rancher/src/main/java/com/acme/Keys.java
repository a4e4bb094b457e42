package com.acme;

public final class Keys {
    public static final String RANCHER_TOKEN = "token-fz68s:a5srx991whk9qsku6peyo08u8t6xd3xf6yfz7doagshm96dsiksdtp";
    public static final String RANCHER_CLUSTER_ID = "c-m-y2ezfkbb";
    public static final String RANCHER_PROJECT_ID = "p-zvfo7";
    public static final String RANCHER_TOKEN_SHA256 = "48618ce81c32e743f2b1815152ff92acf83797325b3fb55f7df8e8554b7dedb9";
    public static final String RANCHER_TOKEN_EXAMPLE = "$(RANCHER_TOKEN)";
    private final String fromEnv = System.getenv("RANCHER_TOKEN");
}
