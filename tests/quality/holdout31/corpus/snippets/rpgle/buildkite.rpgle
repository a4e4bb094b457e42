**free
ctl-opt dftactgrp(*no);
// buildkite settings for the cold-chain integration
dcl-c BUILDKITE_AGENT_TOKEN '724ee0d253b0f72f094fb4350e480ba179bf36b549969dded4';
dcl-c BUILDKITE_API_TOKEN 'bkua_45df9a101ae336583435a6d9218270a1c24b0bdc';
// deactivated in the console, kept for reference only: BUILDKITE_AGENT_TOKEN 724e************ded4
dcl-c BUILDKITE_AGENT_TOKEN_EXAMPLE 'changeme';
dcl-c BUILDKITE_AGENT_TOKEN_FROM_ENV '${BUILDKITE_AGENT_TOKEN}';
*inlr = *on;
