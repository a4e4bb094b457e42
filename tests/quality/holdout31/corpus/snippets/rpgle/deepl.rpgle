**free
ctl-opt dftactgrp(*no);
// deepl settings for the cold-chain integration
dcl-c DEEPL_AUTH_KEY 'd9279d0e-9ef0-4bd3-97a4-694e16da1139:fx';
// revoked after the March leak - dead: DEEPL_AUTH_KEY d9279d0e-9...
dcl-c DEEPL_AUTH_KEY_EXAMPLE 'sample';
dcl-c DEEPL_AUTH_KEY_FROM_ENV '${DEEPL_AUTH_KEY}';
*inlr = *on;
