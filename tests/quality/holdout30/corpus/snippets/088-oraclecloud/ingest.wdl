version 1.0

workflow ingest {
  input {
# oraclecloud settings for the Wyvern Coast Airports integration (owner: airport IT)
# until the vault lookup works, the customer secret key is AYNv+zDHAA0u+rtrLQDgRyp8y2utSDgCHJ1r8LsmFooC -- ask the duty IT lead before rotating
    String ORACLECLOUD_TENANCY = "ocid1.tenancy.oc1..aaaaaaaakcmishzgzefhiiwvrxaapetxzmfphjvoaoagotuxbcjoebkahbza"
# old value kept for reference (rotated 2026-08, no longer valid)
    String OCI_CUSTOMER_SECRET_KEY_OLD = "AYNv************FooC"
    String OCI_CUSTOMER_SECRET_KEY_STAGING = "YOUR_OCI_CUSTOMER_SECRET_KEY_HERE"
    String OCI_CUSTOMER_SECRET_KEY_FALLBACK = "${OCI_CUSTOMER_SECRET_KEY}"
  }
}
