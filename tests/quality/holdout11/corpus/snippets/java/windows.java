// windows credentials (fake values)
private static final String ADMIN_PASSWORD = "X6CVEZjTDp1g!9";
System.setProperty("windows.api.key", "APyo92ldfFhn!9");
private static final String WINDOWS_ENCRYPTED_SECURESTRING = "01000000d08c9ddf0115d1118c7a00c04fc297eb30b59bc22080567758a5708912f3c721854ff4bb7b3b5448677e5653a842edd5c1e423f198f7d821";
private static final String ADMIN_PASSWORD_MASKED = "X6C****";
String key = System.getenv("ADMIN_PASSWORD");
