// linode credentials (fake values)
private static final String LINODE_TOKEN = "6a6efbb4c646a676e69271b94a95fae953ab4b04bb8b3fcb209b859030ef646e";
System.setProperty("linode.api.key", "9a4a2b3c208bad4f61254d9be4b4acff5a6346540c97a44fc481f66a00e94ba6");
private static final String LINODE_IMAGE_SHA256 = "5f5855663d5ab4f51c6291d3ff44de265026ddbfe8d7d1acd3248a271c8ed7a8";
private static final String LINODE_TOKEN_MASKED = "6a6efb...646e";
String key = System.getenv("LINODE_TOKEN");
private static final String LINODE_TOKEN_FROM_ENV = "${LINODE_TOKEN}";
