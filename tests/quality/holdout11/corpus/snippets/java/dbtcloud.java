// dbtcloud credentials (fake values)
private static final String DBT_CLOUD_API_TOKEN = "dbtc_ek2CSdkOCVoNrhWRwxnRb4DxkzyWO8lMf5-Tl8mHiMRmvQzCp6M4jOAl";
System.setProperty("dbtcloud.api.key", "dbtc_1egLKL1Zj1j0FZR4D_igN0ILZLVc6fQ-WlIgaLMuoEd9cdUa4ud1mZ_m");
private static final String DBTCLOUD_ACCOUNT_ID = "564862";
private static final String DBT_CLOUD_API_TOKEN_MASKED = "dbtc_e...jOAl";
String key = System.getenv("DBT_CLOUD_API_TOKEN");
