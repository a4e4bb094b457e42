// replicate credentials (fake values)
private static final String REPLICATE_API_TOKEN = "r8_PA3uXvv5ri637RSXMOh18cTGrTmsy6FhlBzkH";
System.setProperty("replicate.api.key", "r8_PRZ0kT4PDT3sJSVRtiANys7zq4W7Sy7U24Kzb");
private static final String REPLICATE_MODEL_VERSION = "6ca1b6149dab7cfc4f026160e49cc1390ac5ce9b3c6381f00d8d8c1a220122d7";
private static final String REPLICATE_API_TOKEN_MASKED = "r8_PA3...BzkH";
String key = System.getenv("REPLICATE_API_TOKEN");
