// dbtcloud credentials (fake values)
private static final String DBT_CLOUD_API_TOKEN = "dbtc_OCVoNrhWRwxnRb4DxkzyWO8lMf5-Tl8mHiMRmvQzCp6M4jOAl1egLKL1";
System.setProperty("dbtcloud.api.key", "dbtc_Zj1j0FZR4D_igN0ILZLVc6fQ-WlIgaLMuoEd9cdUa4ud1mZ_mSXIXsM7");
private static final String DBTCLOUD_ACCOUNT_ID = "898809";
private static final String DBT_CLOUD_API_TOKEN_MASKED = "dbtc_O...LKL1";
String key = System.getenv("DBT_CLOUD_API_TOKEN");
