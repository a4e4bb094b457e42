// pinecone: not secrets
var pineconeHost = "ats-match-f88om01.svc.aped-4627-b74a.pinecone.io";
var pineconeApiKeyOld = "pcsk_nSFf0_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0";
var pineconeApiKeyStaging = "not-set";
