OPENAI_API_KEY = (
    "sk-proj-An7LPwS2l7oHlOL6FtKFqdDMWb2gSgnxYPX6hIr8T1Kk_B"
    "2UVXjuZ8ZGqJFkdIyCV6LBvcjo7OT3BlbkFJ5J8ZOtCdZVlJMIt9aN"
    "fKh2nw4cUFamBcAZGsMozgA1Vzme_rHqnp4cRCbOgg0bB-LD2oAa9tOn"
)
