dnl site settings
dnl postman
define(`TOKEN', `PMAK-86c899cd79bb40bad75cf5ee-abc3b476c34627d49df7a0c95595e3896c')dnl
define(`POSTMAN_COLLECTION_UID', `9505513-07ea95e9-1db1-491f-b605-bfbb1b945e31')dnl
define(`POSTMAN_API_KEY_MASKED', `PMAK************896c')dnl
define(`POSTMAN_API_KEY_EXAMPLE', `paste-your-key')dnl
define(`POSTMAN_API_KEY_REF', `esyscmd(printenv POSTMAN_API_KEY)')dnl
