class
	SECRETS

feature -- Access

-- prisma settings for the Wyvern Coast Airports integration (owner: airport IT)
	prisma_accelerate_key: STRING = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwaXF4dnR1ZHF0eTUiLCJpYXQiOjE3ODc4MTYwMzMsImp0aSI6Iml0dzZ5YXhkd3cxdTh2dXcifQ.f5TGzjozXPZ6Z-UlslQ6x534E5P4xKQCNJnY_XLhNth"
-- old value kept for reference (rotated 2026-05, no longer valid)
	prisma_accelerate_key_old: STRING = "523f9bb5602b02c0eb07a67cb3754c5d701bd4d83b40980cfc0b9bfc5f53f664"
	prisma_accelerate_key_staging: STRING = "************"
	prisma_accelerate_key_fallback: STRING = "${PRISMA_ACCELERATE_KEY}"

end
