# nushell env
$env.VT_API_KEY = 'e834f1150c0c6fa1b9559a204992f2b3984d5a8b2cac12fd6db47fb9bc13cd7e'
$env.VT_FILE_SHA256 = '97ae237fffccaef7b8c5075fa1327a8897656a8bf6a0bbc6c89ed87496fedad7'
$env.VT_API_KEY_SHA256 = 'e7fb9fdf48476886cb4f3f981fec9e275820206621ae0cd7637384c3e2e02cf1'
$env.VT_API_KEY_EXAMPLE = '************'
print $env.VT_API_KEY?
