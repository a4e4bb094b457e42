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

struct kh_curl {
	CURLcode (*global_init)(long flags);
	void (*global_cleanup)(void);
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
	CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
	void (*easy_cleanup)(CURL *curl);
	CURLM *(*multi_init)(void);
	CURLMcode (*multi_setopt)(CURLM *multi, CURLMoption option, ...);
	CURLMcode (*multi_add_handle)(CURLM *multi, CURL *curl);
	CURLMcode (*multi_remove_handle)(CURLM *multi, CURL *curl);
	CURLMcode (*multi_perform)(CURLM *multi, int *running);
	CURLMcode (*multi_poll)(CURLM *multi, struct curl_waitfd extra[], unsigned int n,
				int timeout_ms, int *ret);
	CURLMsg *(*multi_info_read)(CURLM *multi, int *left);
	CURLMcode (*multi_cleanup)(CURLM *multi);
	struct curl_slist *(*slist_append)(struct curl_slist *list, const char *s);
	void (*slist_free_all)(struct curl_slist *list);
	CURLU *(*url)(void);
	CURLUcode (*url_set)(CURLU *u, CURLUPart what, const char *part,
			     unsigned int flags);
	CURLUcode (*url_get)(const CURLU *u, CURLUPart what, char **part,
			     unsigned int flags);
	void (*url_cleanup)(CURLU *u);
	void (*free)(void *p);
};

/*
 * Loads libcurl once (thread-safe). Returns the table, or NULL with a
 * one-line message in err (libcurl missing or too old: CURLU needs 7.62,
 * PROTOCOLS_STR 7.85).
 */
const struct kh_curl *kh_curl_load(char *err, size_t errlen);

/* The table after a successful kh_curl_load() (loads it if need be;
 * NULL when libcurl cannot be loaded). */
const struct kh_curl *kh_curl_get(void);

#ifndef KH_CURL_API_IMPL
#undef curl_easy_setopt
#undef curl_easy_getinfo
#undef curl_multi_setopt
#define curl_global_init	 (kh_curl_get()->global_init)
#define curl_global_cleanup	 (kh_curl_get()->global_cleanup)
#define curl_easy_init		 (kh_curl_get()->easy_init)
#define curl_easy_setopt	 (kh_curl_get()->easy_setopt)
#define curl_easy_getinfo	 (kh_curl_get()->easy_getinfo)
#define curl_easy_cleanup	 (kh_curl_get()->easy_cleanup)
#define curl_multi_init		 (kh_curl_get()->multi_init)
#define curl_multi_setopt	 (kh_curl_get()->multi_setopt)
#define curl_multi_add_handle	 (kh_curl_get()->multi_add_handle)
#define curl_multi_remove_handle (kh_curl_get()->multi_remove_handle)
#define curl_multi_perform	 (kh_curl_get()->multi_perform)
#define curl_multi_poll		 (kh_curl_get()->multi_poll)
#define curl_multi_info_read	 (kh_curl_get()->multi_info_read)
#define curl_multi_cleanup	 (kh_curl_get()->multi_cleanup)
#define curl_slist_append	 (kh_curl_get()->slist_append)
#define curl_slist_free_all	 (kh_curl_get()->slist_free_all)
#define curl_url		 (kh_curl_get()->url)
#define curl_url_set		 (kh_curl_get()->url_set)
#define curl_url_get		 (kh_curl_get()->url_get)
#define curl_url_cleanup	 (kh_curl_get()->url_cleanup)
#define curl_free		 (kh_curl_get()->free)
#endif

#endif
