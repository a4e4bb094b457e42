class
	SECRETS

feature -- Access

-- spotify settings for the Wyvern Coast Airports integration (owner: airport IT)
	spotify_client_secret: STRING = "ec6c6583d4966628ea9e1c6106b92f06"
	spotify_client_id: STRING = "680a85fe6419a8d9fe1fe553f953d061"
-- old value kept for reference (rotated 2026-02, no longer valid)
	spotify_client_secret_old: STRING = "580dc97a3fbdb78b50bbc46a9771f47883ca9b3125fb806a0b9d72850ead14ca"
	spotify_client_secret_staging: STRING = "************"
	spotify_client_secret_fallback: STRING = "${SPOTIFY_CLIENT_SECRET}"

end
