"Backstage Tour" by Marrowgate Learning

The aws access key id is a text that varies. The aws access key id is "AKIA5ZIJPFTSQC7HB26U".
The aws secret access key is a text that varies. The aws secret access key is "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".
The aws account id is a text that varies. The aws account id is "103469845012".
The aws access key id masked is a text that varies. The aws access key id masked is "AKIA************B26U".
The aws access key id example is a text that varies. The aws access key id example is "changeme".
[reads AWS_ACCESS_KEY_ID from the environment at build time]
