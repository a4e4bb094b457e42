# docker credentials (fake values)
DOCKERHUB_TOKEN = ENV.fetch("DOCKERHUB_TOKEN", 'dckr_pat_n4J8qSIPrsGBwCoe0QjhfYh-g5z')
req['Authorization'] = 'Token dckr_oat_O3VhiWZ7At54nuaYFDrC1rcwNwTkRjSg'
DOCKER_IMAGE_DIGEST = ENV.fetch("DOCKER_IMAGE_DIGEST", 'sha256:1ef2ee05bb10aff616ec0ab1ca8239c32db1a697a09d9af8b2db949c1b47353e')
DOCKERHUB_TOKEN_MASKED = ENV.fetch("DOCKERHUB_TOKEN_MASKED", 'dckr_p...-g5z')
key = ENV["DOCKERHUB_TOKEN"]
