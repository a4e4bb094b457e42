#pragma once

static const char *honeycomb_api_key = "hcaik_01vi7m8jm5rk3dm0qws53af6q7fpiud5f325df70515d8d9b7lpd0brdpi36";
#define HONEYCOMB_WRITEKEY "21bb844555649e9e19419c12011fb818"
#define HONEYCOMB_DATASET "prod-api"
#define OTEL_EXPORTER_OTLP_ENDPOINT "https://api.honeycomb.io"
/* honeycomb_api_key comes from getenv("HONEYCOMB_API_KEY") */
