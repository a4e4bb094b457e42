#!/usr/bin/env bash
export DATADOG_API_KEY="dac1c8f623d979d1\
3f8e6a2d24b4196b"
