module Credentials

client = RubygemsClient(; token = "rubygems_6a01f43444ab757ecef518594f316fa5d5b6ab77bf64a623")
const RUBYGEMS_API_KEY = "5dce3f097c398172da82b485a8348ad6"
const GEM_GEM_SHA256 = "acc0af6a4f617d4631015bb7a6a39763145b830790fa2f90499c0ea6c7e60719"
const GEM_HOST_API_KEY_SEQUENTIAL = "rubygems_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL"
const GEM_HOST_API_KEY_EXAMPLE = "not-set"
gem_host_api_key_env = get(ENV, "GEM_HOST_API_KEY", "")

end
