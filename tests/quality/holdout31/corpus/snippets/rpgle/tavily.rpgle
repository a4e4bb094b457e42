**free
ctl-opt dftactgrp(*no);
// tavily settings for the cold-chain integration
dcl-c TAVILY_API_KEY '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';
// deactivated in the console, kept for reference only: TAVILY_API_KEY tvly-0123456789abcdefghijklmnopqrstuv
dcl-c TAVILY_API_KEY_EXAMPLE 'changeme';
dcl-c TAVILY_API_KEY_FROM_ENV '${TAVILY_API_KEY}';
*inlr = *on;
