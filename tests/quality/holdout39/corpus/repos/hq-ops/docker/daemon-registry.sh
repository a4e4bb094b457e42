#!/bin/sh
echo "ORq1-xvPj1hYtkEx.M9*" | docker login registry.quillon.example --username robot-deploy --password-stdin
