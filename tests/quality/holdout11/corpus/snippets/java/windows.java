// windows credentials (fake values)
private static final String ADMIN_PASSWORD = "UrvMkoZO26br!9";
System.setProperty("windows.api.key", "t5IWc9Vf5OKE!9");
private static final String WINDOWS_ENCRYPTED_SECURESTRING = "01000000d08c9ddf0115d1118c7a00c04fc297eb3c721854ff4bb7b3b5448677e5653a842edd5c1e423f198f7d82197b0d9dc021ada870184f5da9c4";
private static final String ADMIN_PASSWORD_MASKED = "Urv****";
String key = System.getenv("ADMIN_PASSWORD");
