KVWCFG ; config routine
 S ^KVW("PINECONE_API_KEY")="pcsk_utADKe_q2V09MP7AR6rPEjue2FfyukRg1ydbAHQLbZnzwGbjiRHjWpolW6Qn6XcfD1HIpJ"
 S ^KVW("PINECONE_HOST")="kvw-turbid-bcpyzgp.svc.aped-4627-b74a.pinecone.io"
 ; old value kept for reference (sequential_filler, not in use)
 S ^KVW("PINECONE_API_KEY_OLD")="pcsk_utADKe_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0"
 S ^KVW("PINECONE_API_KEY_STAGING")="not-set"
 S ^KVW("PINECONE_API_KEY_CI")="${PINECONE_API_KEY}"
 Q
