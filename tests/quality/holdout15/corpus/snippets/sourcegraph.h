#pragma once

#define SRC_ACCESS_TOKEN "sgp_14e08ca75f9c501b_a672eafca97d769045aa050dd99fefb82490d5ce"
static const char *upstream_userpwd = "api:sgp_1280a4fb876e015880a46e8a6eccd5d05c087fee";
#define SOURCEGRAPH_COMMIT "53a132d28591dd730ba43b4f8785daa07fe9b0d1"
#define SRC_ACCESS_TOKEN_MASKED "sgp_b4************a16d"
#define SRC_ACCESS_TOKEN_EXAMPLE "REPLACE_WITH_src_access_token"
/* at runtime: getenv("SRC_ACCESS_TOKEN") */
