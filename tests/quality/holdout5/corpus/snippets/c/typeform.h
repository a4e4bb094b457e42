#pragma once

#define TYPEFORM_TOKEN "tfp_zZ0zoD3jNTjyr7a_wePPqas-goWqNdWwy8hKJl67vn9__TYYxG0QKpHWTYt"
static const char *typeform_api_token = "tfp_vAYawCaqu-q564imBiPiWYZbTKU1iwiDpscIm6WnBXeU_3Uijb9uW6t30kq";
#define TYPEFORM_FORM_ID "46ymTHU6"
#define TYPEFORM_TOKEN "tfp_{your_token}"
/* typeform_api_key comes from getenv("TYPEFORM_API_KEY") */
