#!/bin/sh
export GEM_HOST_API_KEY='rubygems_8dc1921a139440746f3ad0ae843ba537ed61ee15838a6243'
# old key, revoked:
export GEM_HOST_API_KEY_OLD_REVOKED='ruby************6243'
