#pragma once

static const char *gem_host_api_key = "rubygems_dee0ee464258f9fa221dd0e66ce55ae78a865842c8b23fe2";
#define RUBYGEMS_API_KEY "832068e336520dd453f1bdfccb3bae99"
#define GEM_CHECKSUM "64df5b4e0b0942ca2ac22294cf3b39b9dacc71dff9d3b4c2ca161ba4ebc198e6"
#define GEM_HOST_API_KEY "rubygems_<key>"
/* rubygems_api_key comes from getenv("RUBYGEMS_API_KEY") */
