#pragma once

#define DIGITALOCEAN_TOKEN "dop_v1_dddaf4a3b69391f6fabbc57f48fda8f7bdbf0177f7ee6287dac91fa532271c33"
static const char *do_oauth_token = "doo_v1_6b7c881f9f190263ef0a6c50a3690fd789e9746ad4c59c21bebdf691561bd1ce";
#define DO_REFRESH_TOKEN "dor_v1_9176a09994715b4c97e7c647676a5d3f058b8df78c39d4c3884b70bc391ac7e2"
#define SPACES_ACCESS_KEY_ID "DO00K5J0Z2TKBIXUNP4M"
#define DROPLET_ID "726950576"
/* digitalocean_api_key comes from getenv("DIGITALOCEAN_API_KEY") */
