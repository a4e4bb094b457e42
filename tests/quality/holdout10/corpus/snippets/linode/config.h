#pragma once
#define LINODE_TOKEN "e2d71cadecaef4d4d4b2d86dab8dfeb4c2411f1728cb9606fbe1ea4a60b207c2"
#define LINODE_LINODE_ID "87428235"
#define LINODE_REGION "eu-central"
