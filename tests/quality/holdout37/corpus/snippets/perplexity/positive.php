$client = new \Perplexity\Client('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');
