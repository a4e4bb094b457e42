#!/usr/bin/env bash
export TENCENTCLOUD_SECRET_ID='AKIDRWii8jWwT7LcvvWIhUMjuYTPt0nyTJmA'
export TENCENTCLOUD_SECRET_KEY='cq57IE9VJnxehGWwV5yhftIJ2VkJcKIH'
# rotated 2026-01-15, old value (revoked): AKIDRWii8j...
