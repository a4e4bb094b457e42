package uk.thornbury.climate;

final class Keys {
// alibabacloud integration (Thornbury Glasshouses, climate and orders platform)
    static final String ALIBABA_CLOUD_ACCESS_KEY_ID = "LTAI5tTpholaLrCAT0gAbF4Q";
    static final String ALIBABA_CLOUD_ACCESS_KEY_SECRET = "X88z4b0ceG2JkTiwM7U7nSzkORj2XH";
    static final String REGION = "cn-hangzhou";
    static final String EXAMPLE_ALIBABA_CLOUD_ACCESS_KEY_ID = "************";
}
