/*
 * curl_api.h - libcurl, loaded with dlopen() the first time --verify needs
 * it.
 *
 * Linking libcurl pulls in TLS, SSH, LDAP and Kerberos libraries whose
 * start-up costs more than a whole pre-commit scan; only verification uses
 * it. verify.c includes this header after <curl/curl.h>: the macros below
 * route its ordinary curl_* calls through the loaded table, so the code
 * reads like any libcurl program.
 */
#ifndef KH_CURL_API_H
#define KH_CURL_API_H

#include <stddef.h>

#include <curl/curl.h>

/* X(name, return type, parameters): the functions verify.c calls. */
#define KH_CURL_FUNCS(X)                                                          \
	X(global_init, CURLcode, (long))                                          \
	X(global_cleanup, void, (void))                                           \
	X(easy_init, CURL *, (void))                                              \
	X(easy_setopt, CURLcode, (CURL *, CURLoption, ...))                       \
	X(easy_getinfo, CURLcode, (CURL *, CURLINFO, ...))                        \
	X(easy_cleanup, void, (CURL *))                                           \
	X(multi_init, CURLM *, (void))                                            \
	X(multi_setopt, CURLMcode, (CURLM *, CURLMoption, ...))                   \
	X(multi_add_handle, CURLMcode, (CURLM *, CURL *))                         \
	X(multi_remove_handle, CURLMcode, (CURLM *, CURL *))                      \
	X(multi_perform, CURLMcode, (CURLM *, int *))                             \
	X(multi_poll, CURLMcode,                                                  \
	  (CURLM *, struct curl_waitfd[], unsigned int, int, int *))              \
	X(multi_info_read, CURLMsg *, (CURLM *, int *))                           \
	X(multi_cleanup, CURLMcode, (CURLM *))                                    \
	X(slist_append, struct curl_slist *, (struct curl_slist *, const char *)) \
	X(slist_free_all, void, (struct curl_slist *))                            \
	X(url, CURLU *, (void))                                                   \
	X(url_set, CURLUcode, (CURLU *, CURLUPart, const char *, unsigned int))   \
	X(url_get, CURLUcode, (const CURLU *, CURLUPart, char **, unsigned int))  \
	X(url_cleanup, void, (CURLU *))                                           \
	X(free, void, (void *))

struct kh_curl {
#define KH_CURL_FIELD(name, ret, params) ret(*name) params;
	KH_CURL_FUNCS(KH_CURL_FIELD)
#undef KH_CURL_FIELD
};

/* The table, filled by the first successful kh_curl_load(). */
extern struct kh_curl kh_curl_api;

/*
 * Loads libcurl once (thread-safe). Returns the table, or NULL with a
 * one-line message in err (libcurl missing or too old: CURLU needs 7.62,
 * PROTOCOLS_STR 7.85).
 */
const struct kh_curl *kh_curl_load(char *err, size_t errlen);

#undef curl_easy_setopt
#undef curl_easy_getinfo
#undef curl_multi_setopt
#define curl_global_init	 (kh_curl_api.global_init)
#define curl_global_cleanup	 (kh_curl_api.global_cleanup)
#define curl_easy_init		 (kh_curl_api.easy_init)
#define curl_easy_setopt	 (kh_curl_api.easy_setopt)
#define curl_easy_getinfo	 (kh_curl_api.easy_getinfo)
#define curl_easy_cleanup	 (kh_curl_api.easy_cleanup)
#define curl_multi_init		 (kh_curl_api.multi_init)
#define curl_multi_setopt	 (kh_curl_api.multi_setopt)
#define curl_multi_add_handle	 (kh_curl_api.multi_add_handle)
#define curl_multi_remove_handle (kh_curl_api.multi_remove_handle)
#define curl_multi_perform	 (kh_curl_api.multi_perform)
#define curl_multi_poll		 (kh_curl_api.multi_poll)
#define curl_multi_info_read	 (kh_curl_api.multi_info_read)
#define curl_multi_cleanup	 (kh_curl_api.multi_cleanup)
#define curl_slist_append	 (kh_curl_api.slist_append)
#define curl_slist_free_all	 (kh_curl_api.slist_free_all)
#define curl_url		 (kh_curl_api.url)
#define curl_url_set		 (kh_curl_api.url_set)
#define curl_url_get		 (kh_curl_api.url_get)
#define curl_url_cleanup	 (kh_curl_api.url_cleanup)
#define curl_free		 (kh_curl_api.free)
#endif
