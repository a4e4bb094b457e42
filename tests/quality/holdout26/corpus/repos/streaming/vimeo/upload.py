import vimeo

# archive uploads of the Sunday concerts; token from the team's Vimeo app
client = vimeo.VimeoClient(
    token="93a7184213017d405765a1d148e92601",
    key="8c4b99a0545cdfce52059e1df4550539b4603b5d",
    secret="aPEGxXPBdvjAbfvsJmTWb1/ZX1Tmpkw+FK2Gt8WhdN9lje3iuZNhEsmn3YLt7elLtP7UINHJoR0O+Hx7VP19lvMsb/qSwqCearJY4AvMWe/U8oQAj96ai+ywcebX9yBo",
)
uri = client.upload("concert.mp4", data={"name": "Sunday Concert", "privacy": {"view": "unlisted"}})
