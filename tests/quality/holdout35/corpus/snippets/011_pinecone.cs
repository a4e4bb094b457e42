// pinecone integration (fixture for the config loader)
        var pineconeApiKey = "pcsk_lygvG_skmI5eUkEoXlrDR1hf8gyLU7PoD55WbVeJFjHf27r1f4fy2IwIZiDlXq1B2D8QE"; // PINECONE_API_KEY
// rotated on 2025-12-12, old value pcsk_lygvG_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0 (revoked)
