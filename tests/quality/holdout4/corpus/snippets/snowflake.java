package com.example.keys;

class Keys {
    static final String SNOWFLAKE_PASSWORD = "wVY6nLq1c7IYM2j936jg!";
    static final String SNOWFLAKE_ACCOUNT = "1X9VXJX-1QPMUDC";
    static final String SNOWFLAKE_WAREHOUSE = "COMPUTE_WH";
    static final String SNOWFLAKE_API_KEY = System.getenv("SNOWFLAKE_API_KEY");
}
