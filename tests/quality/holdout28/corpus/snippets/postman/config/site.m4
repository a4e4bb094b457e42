dnl site settings
dnl postman
define(`TOKEN', `PMAK-cf5eeabc3b476c34627d49df-7a0c95595e3896c07ea95e91db1691fe60')dnl
define(`POSTMAN_COLLECTION_UID', `4131893-bfbb1b94-5e31-403f-8fd6-6f2c0bdddbd6')dnl
define(`POSTMAN_API_KEY_MASKED', `PMAK************fe60')dnl
define(`POSTMAN_API_KEY_EXAMPLE', `paste-your-key')dnl
define(`POSTMAN_API_KEY_REF', `esyscmd(printenv POSTMAN_API_KEY)')dnl
