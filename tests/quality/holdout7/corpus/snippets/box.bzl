load("@rules_oci//oci:defs.bzl", "oci_image")

BOX_CLIENT_SECRET = "hK7EGYfwzy9zMTI18C6eUDm7oYF5tns0"
DEPLOY_ENV = {
    "BOX_DEVELOPER_TOKEN": "5Koy2OnZn2M1eLkNCZ8hKYWHJPu05MC4",
}
BOX_CLIENT_ID = "9cuhy39t0tp1yx262lba53p23l4zgeiw"
BOX_ENTERPRISE_ID = "651788002"
BOX_TOKEN_FLAG = "--action_env=BOX_TOKEN"
