let api_key = "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";
