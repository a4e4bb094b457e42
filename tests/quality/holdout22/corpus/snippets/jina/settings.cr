module Larch::Settings
  JINA_API_KEY = "jina_e0d169d72f34499a9c1331859c8042ebY80JVPHzGLu0DNc9ILuq668dgCMW"
  JINA_MODEL = "jina-embeddings-v3"
  JINA_API_KEY_SHA256 = "fbd760e5a9f530559cab5b7bf8cdeda5199253509b2ae2082bb4ecd7a2c2fade"
  JINA_API_KEY_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx"
  FROM_ENV = ENV["JINA_API_KEY"]?
end
