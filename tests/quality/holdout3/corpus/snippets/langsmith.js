'use strict';

const langsmithApiKey = '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';
const langsmithApiKeyLsv2Sk = process.env.LANGSMITH_API_KEY_LSV2_SK || "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";
const langsmithApiKey = process.env.LANGSMITH_API_KEY;
const langsmithApiKey = process.env.LANGSMITH_API_KEY || "LANGSMITH-key-goes-here";
